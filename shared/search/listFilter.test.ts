import { describe, expect, it } from 'vitest';
import { ListFilterSchema, dateInSearch } from './listFilter';

describe('list filters', () => {
  it('takes a 成文日期 range and review states, and refuses a range that ends before it starts', () => {
    expect(ListFilterSchema.parse({ signedFrom: '2023-05-01', signedTo: '2023-05-31', reviewStates: ['approved'] })).toEqual({
      signedFrom: '2023-05-01',
      signedTo: '2023-05-31',
      reviewStates: ['approved'],
    });
    const backwards = ListFilterSchema.safeParse({ dueFrom: '2023-06-01', dueTo: '2023-05-01' });
    expect(backwards.error?.issues[0]?.message).toBe('办理期限的起始日期不能晚于截止日期');
    expect(ListFilterSchema.safeParse({ signedFrom: '2023/5/1' }).error?.issues[0]?.message).toBe('日期应写成 2024-03-15 的样子');
    expect(ListFilterSchema.safeParse({ reviewStates: ['lost'] }).success).toBe(false);
  });

  it('reads a date typed into the search box in every form the date input takes', () => {
    for (const typed of ['2023-5-26', '2023年5月26日', '２０２３．５．２６', '20230526', ' 2023/05/26 '])
      expect(dateInSearch(typed, '2023-09-01')).toBe('2023-05-26');
    expect(dateInSearch('5月26日', '2024-09-01')).toBe('2024-05-26');
    expect(dateInSearch('第11号', '2023-09-01')).toBeUndefined();
    expect(dateInSearch('2023年2月30日', '2023-09-01')).toBeUndefined();
  });
});
