import { describe, expect, it } from 'vitest';
import { pushListenerName } from './pushBridge';
import { PUSH_EVENT_NAMES, parsePushPayload } from './pushEvents';

describe('the push events', () => {
  it('name the preload member of each event', () => {
    expect(PUSH_EVENT_NAMES.map(pushListenerName)).toEqual(['onCommand', 'onOpenedFile']);
  });

  it('let through only payloads their table describes', () => {
    expect(parsePushPayload('command', 'draft.new')).toBe('draft.new');
    expect(parsePushPayload('command', 'draft.nonsense')).toBeUndefined();
    expect(parsePushPayload('command', 42)).toBeUndefined();
    expect(parsePushPayload('openedFile', { fileName: '答复.dafu', data: 'UEsDBA==' })).toEqual({ fileName: '答复.dafu', data: 'UEsDBA==' });
    expect(parsePushPayload('openedFile', { fileName: '答复.dafu' })).toBeUndefined();
  });
});
