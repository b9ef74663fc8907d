import type { CorpusEntry } from './score';
import letter1 from './letters/01-liuzhou-2023-original.json';
import letter2 from './letters/02-liuzhou-2023-corrected.json';
import letter3 from './letters/03-renda-57-parking.json';
import letter4 from './letters/04-zhengxie-88-elevator.json';
import letter5 from './letters/05-zhengxie-12-bus.json';
import letter6 from './letters/06-renda-docnumber.json';
import letter7 from './letters/07-zhengxie-quote-period.json';
import letter8 from './letters/08-renda-heading-gap.json';
import letter9 from './letters/09-zhengxie-dates.json';
import letter10 from './letters/10-renda-typos.json';
import letter11 from './letters/11-renda-unfilled.json';
import letter12 from './letters/12-zhengxie-nested-title.json';
import letter13 from './letters/13-zhengxie-cc.json';
import letter14 from './letters/14-renda-addressee.json';
import letter15 from './letters/15-zhengxie-mixed-width.json';
import letter16 from './letters/16-clean-renda-water.json';
import letter17 from './letters/17-clean-zhengxie-culture.json';
import letter18 from './letters/18-clean-renda-progress.json';
import letter19 from './letters/19-clean-zhengxie-health.json';
import letter20 from './letters/20-natural-web-header.json';
import letter21 from './letters/21-natural-headings-mixed.json';
import letter22 from './letters/22-natural-names.json';
import letter23 from './letters/23-names-near-miss.json';
import letter24 from './letters/24-names-inconsistent.json';
import letter25 from './letters/25-clean-names.json';

/** The labelled corpus, in file order (the files are listed by hand: shared/ code cannot read folders). */
export const CORPUS: readonly CorpusEntry[] = [
  letter1,
  letter2,
  letter3,
  letter4,
  letter5,
  letter6,
  letter7,
  letter8,
  letter9,
  letter10,
  letter11,
  letter12,
  letter13,
  letter14,
  letter15,
  letter16,
  letter17,
  letter18,
  letter19,
  letter20,
  letter21,
  letter22,
  letter23,
  letter24,
  letter25,
] as CorpusEntry[];
