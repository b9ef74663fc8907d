import { describe, expect, it } from 'vitest';
import { nestsDeeperThan, scanXml, XmlBroken, type XmlTag } from './xmlTags';

function events(xml: string): string[] {
  const seen: string[] = [];
  scanXml(xml, {
    tag: ({ name, closing, selfClosing, attributes }: XmlTag) =>
      seen.push(`${closing ? '/' : ''}${name}${selfClosing ? '/' : ''}${[...attributes].map(([key, value]) => ` ${key}=${value}`).join('')}`),
    text: (text) => seen.push(`"${text}"`),
  });
  return seen;
}

describe('the tags of an Office XML part, read in one pass', () => {
  it('gives local names, decoded attributes (quotes may hold >) and text, skipping comments and declarations', () => {
    expect(
      events(`<?xml version="1.0"?><!-- a > b --><x:c r="A1" t='s' f="a>b &amp; &#x4E00;"><x:v>1 &lt; 2</x:v><x:e/></x:c><![CDATA[<not a tag>]]>`),
    ).toEqual(['c r=A1 t=s f=a>b & 一', 'v', '"1 < 2"', '/v', 'e/', '/c', '"<not a tag>"']);
  });

  it('refuses a tag, comment or CDATA section that never closes', () => {
    for (const broken of ['<row r="1"', '<c r="A1>x</c>', '<!-- open', '<![CDATA[ open', '<a <b>']) expect(() => events(broken), broken).toThrow(XmlBroken);
  });

  it('tells nesting deeper than a limit', () => {
    expect(nestsDeeperThan(`${'<a>'.repeat(10)}${'</a>'.repeat(10)}`, 10)).toBe(false);
    expect(nestsDeeperThan(`${'<a>'.repeat(11)}<b/>${'</a>'.repeat(11)}`, 10)).toBe(true);
  });
});
