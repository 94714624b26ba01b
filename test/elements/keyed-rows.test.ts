import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { keyedRows } from '../../src/core/keyed-rows.js';

interface Item {
  id: string;
  text: string;
}

/** A list rendered with keyedRows into a fresh <ul>, counting the calls of the row function. */
function list() {
  const ul = document.createElement('ul');
  document.body.append(ul);
  const rendered: string[] = [];
  const keyed: string[] = [];
  const draw = (items: Item[], deps: unknown[] = ['en']) => {
    rendered.length = 0;
    keyed.length = 0;
    render(
      keyedRows(
        items,
        (item) => (keyed.push(item.id), item.id),
        (item) => (rendered.push(item.id), html`<li data-id=${item.id}>${deps[0]}:${item.text}</li>`),
        deps,
      ),
      ul,
    );
  };
  const rows = () => [...ul.querySelectorAll('li')];
  const texts = () => rows().map((li) => li.textContent);
  return { ul, draw, rendered, keyed, rows, texts };
}

const items = (n: number): Item[] => Array.from({ length: n }, (_, i) => ({ id: `i${i}`, text: `t${i}` }));

describe('keyedRows()', () => {
  it('renders again only the rows whose item changed when the keys and deps are the same', () => {
    const l = list();
    const first = items(5);
    l.draw(first);
    expect(l.texts()).to.deep.equal(['en:t0', 'en:t1', 'en:t2', 'en:t3', 'en:t4']);
    expect(l.rendered).to.have.length(5);
    const before = l.rows();

    const edited = first.slice();
    edited[3] = { id: 'i3', text: 'changed' };
    l.draw(edited);
    expect(l.rendered).to.deep.equal(['i3']);
    expect(l.texts()).to.deep.equal(['en:t0', 'en:t1', 'en:t2', 'en:changed', 'en:t4']);
    expect(l.rows()).to.deep.equal(before); // the same elements, updated in place

    l.draw(edited);
    expect(l.rendered).to.deep.equal([]); // nothing changed: no row visited
    l.ul.remove();
  });

  it('asks only a replaced item for its key, and moves rows when that key differs', () => {
    const l = list();
    const first = items(6);
    l.draw(first);
    const edited = first.slice();
    edited[2] = { id: 'i2', text: 'changed' };
    l.draw(edited);
    expect(l.keyed).to.deep.equal(['i2']);

    // Two items swapped: each is a new object at its place, with another key, so the rows move.
    const byId = new Map(l.rows().map((li) => [li.dataset.id, li]));
    const swapped = edited.slice();
    [swapped[1], swapped[4]] = [swapped[4]!, swapped[1]!];
    l.draw(swapped);
    expect(l.texts()).to.deep.equal(['en:t0', 'en:t4', 'en:changed', 'en:t3', 'en:t1', 'en:t5']);
    for (const li of l.rows()) expect(li).to.equal(byId.get(li.dataset.id));
    l.ul.remove();
  });

  it('renders every row again when a dep changes', () => {
    const l = list();
    const all = items(4);
    l.draw(all);
    l.draw(all, ['de']);
    expect(l.rendered).to.have.length(4);
    expect(l.texts()).to.deep.equal(['de:t0', 'de:t1', 'de:t2', 'de:t3']);
    l.ul.remove();
  });

  it('moves, adds and removes rows by key, also after edits on the fast path', () => {
    const l = list();
    const all = items(4);
    l.draw(all);
    const edited = all.slice();
    edited[1] = { id: 'i1', text: 'edited' };
    l.draw(edited);
    const byId = new Map(l.rows().map((li) => [li.dataset.id, li]));

    // Reversed: the same elements, moved.
    const reversed = edited.slice().reverse();
    l.draw(reversed);
    expect(l.texts()).to.deep.equal(['en:t3', 'en:t2', 'en:edited', 'en:t0']);
    for (const li of l.rows()) expect(li).to.equal(byId.get(li.dataset.id));

    // One removed, one added at the top.
    const next = [{ id: 'new', text: 'n' }, ...reversed.filter((i) => i.id !== 'i2')];
    l.draw(next);
    expect(l.texts()).to.deep.equal(['en:n', 'en:t3', 'en:edited', 'en:t0']);
    expect(l.rows()[1]).to.equal(byId.get('i3'));

    // And the fast path again on the new order.
    const again = next.slice();
    again[2] = { id: 'i1', text: 'twice' };
    l.draw(again);
    expect(l.rendered).to.deep.equal(['i1']);
    expect(l.texts()).to.deep.equal(['en:n', 'en:t3', 'en:twice', 'en:t0']);
    l.ul.remove();
  });

  it('empties and fills again', () => {
    const l = list();
    l.draw(items(3));
    l.draw([]);
    expect(l.rows()).to.have.length(0);
    l.draw(items(2));
    expect(l.texts()).to.deep.equal(['en:t0', 'en:t1']);
    l.ul.remove();
  });
});
