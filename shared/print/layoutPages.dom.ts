/**
 * Pagination, run inside the Chromium page that holds the print markup and stylesheet (the preview
 * iframe, the CLI's page, Electron's print window). It must stay one self-contained function: the
 * CLI sends its source text into the page, so it may use nothing from outside its own body.
 *
 * DOM code, the one such file in shared/ (`.dom.ts`: shared/tsconfig.json leaves it to the renderer's
 * tsconfig, and eslint gives it, and only it, the browser globals). Its types live in layoutTypes.ts and
 * come in as type-only imports, which vanish from the compiled function (eslint refuses any other).
 */

import type { FontUse, LayoutOptions, LayoutReport, PageStart } from './layoutTypes';

export async function layoutPages(doc: Document, options: LayoutOptions): Promise<LayoutReport> {
  for (const face of options.fontFaces) await doc.fonts.load(`16pt "${face}"`, '标题').catch(() => []);
  await doc.fonts.ready;

  const flow = doc.querySelector('.flow');
  if (!flow || !flow.parentElement) throw new Error('print markup has no .flow');
  const colophon = doc.querySelector('.colophon');
  const container = doc.createElement('div');
  container.className = options.mirrorMargins ? 'pages mirrored' : 'pages';
  flow.before(container);
  const queue = Array.from(flow.children) as HTMLElement[];
  flow.remove();
  colophon?.remove();

  const areas: HTMLElement[] = [];
  const overfullPages: number[] = [];
  const overfullTablePages: number[] = [];
  const tightenedPages: number[] = [];
  const tolerance = 1;

  const newPage = (turned = false): HTMLElement => {
    const page = doc.createElement('section');
    page.className = `page ${areas.length % 2 === 0 ? 'page--odd' : 'page--even'}${turned ? ' page--turned' : ''}`;
    const area = doc.createElement('div');
    area.className = 'area';
    page.append(area);
    container.append(page);
    areas.push(area);
    return area;
  };
  const flowChildren = (area: HTMLElement) => (Array.from(area.children) as HTMLElement[]).filter((child) => !child.classList.contains('colophon'));
  const contentBottom = (area: HTMLElement): number => {
    const children = flowChildren(area);
    const last = children[children.length - 1];
    return last ? last.getBoundingClientRect().bottom - area.getBoundingClientRect().top : 0;
  };
  const fits = (area: HTMLElement, reserve = 0) => contentBottom(area) + reserve <= area.getBoundingClientRect().height + tolerance;
  const style = (el: Element) => doc.defaultView!.getComputedStyle(el);
  const pitchOf = (el: Element) => parseFloat(style(el).lineHeight);
  const isTurned = (area: HTMLElement) => area.parentElement!.classList.contains('page--turned');

  /** Splits a paragraph before its first line that does not fit; the tail continues on the next page. */
  const split = (el: HTMLElement, area: HTMLElement, reserve = 0): HTMLElement | null => {
    const areaBottom = area.getBoundingClientRect().bottom - reserve;
    const pitch = pitchOf(el);
    const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const nodes: { node: Text; start: number }[] = [];
    let total = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push({ node: node as Text, start: total });
      total += (node as Text).data.length;
    }
    const locate = (index: number) => {
      let found = nodes[0];
      for (const entry of nodes) if (entry.start <= index) found = entry;
      return { node: found.node, offset: index - found.start };
    };
    const range = doc.createRange();
    const overflows = (index: number): boolean => {
      const { node, offset } = locate(index);
      range.setStart(node, offset);
      range.setEnd(node, Math.min(offset + 1, node.data.length));
      const rect = range.getBoundingClientRect();
      if (rect.height === 0) return false;
      return rect.top + rect.height / 2 + pitch / 2 > areaBottom + tolerance;
    };
    let low = 0;
    let high = total;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (overflows(mid)) high = mid;
      else low = mid + 1;
    }
    let at = low;
    if (at <= 0 || at >= total) return null;
    const { node, offset } = locate(at);
    if (offset > 0 && /[\uDC00-\uDFFF]/.test(node.data[offset])) at -= 1;
    const start = locate(at);
    range.setStart(start.node, start.offset);
    range.setEnd(el, el.childNodes.length);
    const tail = el.cloneNode(false) as HTMLElement;
    tail.append(range.extractContents());
    el.classList.add('split-head');
    tail.classList.remove('split-head');
    tail.classList.add('split-tail');
    return tail;
  };

  /**
   * A row taller than a page is split where the page ends: each cell keeps the lines that fit and the
   * rest go into a row of their own. Null when no cell has a line that fits.
   */
  const splitRow = (row: HTMLTableRowElement, area: HTMLElement): HTMLTableRowElement | null => {
    // Cells of a split row start at its top, so that each page holds the beginning of each cell that remains.
    row.classList.add('split-row');
    const range = doc.createRange();
    const plans = Array.from(row.cells).map((cell) => {
      const reserve = parseFloat(style(cell).paddingBottom) + parseFloat(style(cell).borderBottomWidth);
      range.selectNodeContents(cell);
      const text = range.getBoundingClientRect();
      if (text.height === 0 || text.bottom <= area.getBoundingClientRect().bottom - reserve + tolerance) return { cell, fits: text.height > 0, tail: null };
      const tail = split(cell, area, reserve);
      tail?.classList.remove('split-tail');
      cell.classList.remove('split-head');
      return { cell, fits: tail !== null, tail };
    });
    if (!plans.some((plan) => plan.fits)) {
      row.classList.remove('split-row');
      return null;
    }
    const rest = row.cloneNode(false) as HTMLTableRowElement;
    for (const { cell, fits, tail } of plans) {
      if (tail) rest.append(tail);
      else if (fits) rest.append(cell.cloneNode(false));
      else {
        const moved = cell.cloneNode(false) as HTMLElement;
        moved.append(...Array.from(cell.childNodes));
        rest.append(moved);
      }
    }
    return rest;
  };

  /** The grid column each body cell starts at (a row lists only the cells that start in it). */
  const cellColumns = (rows: HTMLTableRowElement[]): Map<HTMLTableCellElement, number> => {
    const taken = rows.map(() => new Set<number>());
    const columns = new Map<HTMLTableCellElement, number>();
    rows.forEach((row, index) => {
      let column = 0;
      for (const cell of Array.from(row.cells)) {
        while (taken[index].has(column)) column += 1;
        columns.set(cell, column);
        for (let down = index; down < Math.min(rows.length, index + cell.rowSpan); down += 1)
          for (let across = column; across < column + cell.colSpan; across += 1) taken[down].add(across);
        column += cell.colSpan;
      }
    });
    return columns;
  };

  /**
   * Breaks rows joined by cells merged down them before row `at`: each merged cell across the break
   * ends above it and goes on in a cell of row `at`, which takes the lines that do not fit.
   */
  const splitGroup = (rows: HTMLTableRowElement[], at: number, area: HTMLElement): void => {
    const columns = cellColumns(rows);
    const next = rows[at];
    for (const [index, row] of rows.slice(0, at).entries()) {
      for (const cell of Array.from(row.cells)) {
        if (index + cell.rowSpan <= at) continue;
        row.classList.add('split-row');
        const reserve = parseFloat(style(cell).paddingBottom) + parseFloat(style(cell).borderBottomWidth);
        const tail = split(cell, area, reserve);
        cell.classList.remove('split-head');
        const rest = (tail ?? cell.cloneNode(false)) as HTMLTableCellElement;
        rest.classList.remove('split-tail');
        rest.rowSpan = index + cell.rowSpan - at;
        cell.rowSpan = at - index;
        const column = columns.get(cell)!;
        columns.set(rest, column);
        next.insertBefore(rest, Array.from(next.cells).find((other) => columns.get(other)! > column) ?? null);
      }
    }
  };

  /**
   * Splits a table between rows at the first that does not fit, never inside a cell merged down several
   * rows unless the rows it joins are together taller than a page; the tail is a table of its own with
   * the header rows repeated. Only a row taller than a page (below the repeated header) is itself split.
   * Null when no body row fits.
   */
  const splitTable = (table: HTMLTableElement, area: HTMLElement): HTMLElement | null => {
    const body = table.tBodies[0];
    if (!body) return null;
    const rows = Array.from(body.rows);
    const areaBottom = area.getBoundingClientRect().bottom;
    const joined = new Set<number>();
    rows.forEach((row, index) => {
      for (const cell of Array.from(row.cells)) for (let below = 1; below < cell.rowSpan; below += 1) joined.add(index + below);
    });
    let at = rows.findIndex((row) => row.getBoundingClientRect().bottom > areaBottom + tolerance);
    if (at < 0) return null;
    const room = area.getBoundingClientRect().height - (table.tHead?.getBoundingClientRect().height ?? 0);
    const row = rows[at];
    const tallRow = !joined.has(at) && Array.from(row.cells).every((cell) => cell.rowSpan === 1) && row.getBoundingClientRect().height > room + tolerance;
    const rest = tallRow ? splitRow(row, area) : null;
    if (!rest) {
      let start = at;
      while (start > 0 && joined.has(start)) start -= 1;
      let end = at + 1;
      while (end < rows.length && joined.has(end)) end += 1;
      const groupHeight = rows[end - 1].getBoundingClientRect().bottom - rows[start].getBoundingClientRect().top;
      if (at > start && groupHeight > room + tolerance) splitGroup(rows, at, area);
      else at = start;
      if (at <= 0) return null;
    }
    const tail = table.cloneNode(false) as HTMLElement;
    if (table.tHead) tail.append(table.tHead.cloneNode(true));
    const tailBody = body.cloneNode(false) as HTMLElement;
    tailBody.append(...(rest ? [rest, ...rows.slice(at + 1)] : rows.slice(at)));
    tail.append(tailBody);
    return tail;
  };

  let sliceStart = performance.now();
  const pause = async () => {
    if (!options.yieldAfterMs || performance.now() - sliceStart < options.yieldAfterMs) return;
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (options.cancelled?.()) throw new DOMException('the letter changed during layout', 'AbortError');
    sliceStart = performance.now();
  };

  let area = newPage();
  while (queue.length > 0) {
    await pause();
    const el = queue.shift()!;
    // A turned table (and its 表题) starts a turned page, and what follows it an upright one.
    const turned = el.classList.contains('turn');
    if (turned !== isTurned(area)) {
      if (flowChildren(area).length > 0) area = newPage(turned);
      else area.parentElement!.classList.toggle('page--turned', turned);
    }
    area.append(el);
    if (fits(area)) continue;
    const tail = el.tagName === 'TABLE' ? splitTable(el as HTMLTableElement, area) : el.classList.contains('keep') ? null : split(el, area);
    if (tail) {
      area = newPage(turned);
      queue.unshift(tail);
      continue;
    }
    if (area.firstElementChild === el) {
      overfullPages.push(areas.length);
      if (el.tagName === 'TABLE') overfullTablePages.push(areas.length);
      continue;
    }
    el.remove();
    const moved = [el];
    // A table's 表题 and unit line go over with it.
    while (area.lastElementChild !== area.firstElementChild && area.lastElementChild?.classList.contains('keep-next')) {
      const kept = area.lastElementChild as HTMLElement;
      kept.remove();
      moved.unshift(kept);
    }
    const previous = area.lastElementChild as HTMLElement | null;
    // A heading never ends a page when what it heads starts on the next.
    if (previous && previous !== area.firstElementChild && previous.classList.contains('b-heading') && !previous.classList.contains('split-head')) {
      previous.remove();
      moved.unshift(previous);
    }
    area = newPage(turned);
    queue.unshift(...moved);
  }

  /** Tightens the line pitch a line at a step; at each step the seal's room may also shrink to one blank line. */
  const tighten = (target: HTMLElement, signoff: HTMLElement): boolean => {
    for (let extra = 1; extra <= options.maxTightenLines; extra += 1) {
      target.style.setProperty('--pitch', `calc(${options.areaHeightMm}mm / ${options.lines + extra})`);
      for (const snug of [false, true]) {
        signoff.classList.toggle('signoff--snug', snug);
        if (fits(target)) {
          tightenedPages.push(areas.indexOf(target) + 1);
          target.parentElement!.classList.add('page--tightened');
          return true;
        }
      }
    }
    target.style.removeProperty('--pitch');
    signoff.classList.remove('signoff--snug');
    return false;
  };

  /** Last resort: the last two lines of the page before go over with the 署名, as Word's widow control would. */
  const carryLastLines = (from: HTMLElement, to: HTMLElement): boolean => {
    const children = flowChildren(from);
    const last = children[children.length - 1];
    if (!last || children.length < 2 || last.classList.contains('keep')) return false;
    const tail = split(last, from, 2 * pitchOf(last));
    to.prepend(tail ?? last);
    return true;
  };

  // The 署名 and 成文日期 never stand on a page without body text: tighten the page before instead.
  let stranded = false;
  let carriedOver = false;
  const signoff = container.querySelector<HTMLElement>('.signoff');
  const signoffArea = signoff?.parentElement as HTMLElement | undefined;
  const signoffPage = signoffArea ? areas.indexOf(signoffArea) : -1;
  if (signoff && signoffArea && signoffPage > 0 && signoffArea.firstElementChild === signoff && !isTurned(areas[signoffPage - 1])) {
    const before = areas[signoffPage - 1];
    const followers = flowChildren(signoffArea);
    before.append(...followers);
    if (tighten(before, signoff)) {
      signoffArea.parentElement!.remove();
      areas.splice(signoffPage, 1);
    } else {
      signoffArea.append(...followers);
      carriedOver = carryLastLines(before, signoffArea);
      stranded = !carriedOver;
    }
  }

  // The 版记 sits at the foot of the last page; when that page is full it takes a page of its own.
  if (colophon) {
    let last = areas[areas.length - 1];
    if (isTurned(last)) last = newPage();
    last.append(colophon);
    if (!fits(last, colophon.getBoundingClientRect().height)) {
      colophon.remove();
      last = newPage();
      last.append(colophon);
    }
  }

  if (options.format === 'letter') {
    const foot = doc.createElement('div');
    foot.className = 'letter-foot';
    areas[0].parentElement!.append(foot);
  }
  areas.forEach((pageArea, index) => {
    const page = pageArea.parentElement!;
    page.classList.remove('page--odd', 'page--even');
    page.classList.add(index % 2 === 0 ? 'page--odd' : 'page--even');
    if (isTurned(pageArea)) page.classList.add('page--laid');
    if (options.format === 'letter' && index === 0) return;
    const folio = doc.createElement('div');
    folio.className = 'folio';
    folio.textContent = `\u2014 ${index + 1} \u2014`;
    page.append(folio);
  });

  const pageStarts: PageStart[] = [];
  areas.forEach((pageArea, index) => {
    const first = pageArea.querySelector<HTMLElement>('[data-block]');
    if (index === 0 || !first) return;
    const block = first.dataset.block!;
    let offset = 0;
    for (const piece of Array.from(container.querySelectorAll(`[data-block="${block}"]`))) {
      if (piece === first) break;
      offset += piece.textContent?.length ?? 0;
    }
    pageStarts.push({ page: index + 1, block: Number(block), offset });
  });

  const canvas = doc.createElement('canvas').getContext('2d')!;
  const sample = options.fontProbeText;
  const measure = (font: string) => {
    canvas.font = `40px ${font}`;
    return canvas.measureText(sample).width;
  };
  const generics = ['monospace', 'serif', 'sans-serif'];
  const baseline = generics.map(measure);
  const installed = (family: string) => generics.some((generic, i) => measure(`"${family}", ${generic}`) !== baseline[i]);
  const fonts = options.fonts.map((probe): FontUse => {
    const intended = probe.intended.find(installed);
    if (intended) return { role: probe.role, label: probe.label, resolved: intended, fallback: false };
    return { role: probe.role, label: probe.label, resolved: probe.fallbacks.find(installed) ?? null, fallback: true };
  });

  const turnedPages = areas.flatMap((pageArea, index) => (isTurned(pageArea) ? [index + 1] : []));
  return { pages: areas.length, pageStarts, tightenedPages, carriedOver, stranded, overfullPages, overfullTablePages, turnedPages, fonts };
}
