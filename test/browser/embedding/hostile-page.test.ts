// A form builder's page styles everything: text properties that inherit into a shadow root, and global rules
// (`input { width: 100% }`, `* { box-sizing }`, a 62.5% root font size). None of it may change the widget.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/notification/define.js';
import '../../../src/components/outcome-review/define.js';
import { exampleToday, returnReview, reviewToday } from '../../fixtures/examples.js';

const hostileRules = `
  html { font-size: 62.5%; }
  * { box-sizing: content-box; }
  body, .builder {
    color: rgb(200, 0, 0);
    font: italic 700 13px/3 Georgia, serif;
    letter-spacing: 3px;
    text-align: center;
    text-transform: uppercase;
    white-space: nowrap;
    word-spacing: 10px;
  }
  input { width: 100%; }
`;

const measured = [
  'color',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'line-height',
  'letter-spacing',
  'text-align',
  'text-transform',
  'white-space',
  'word-spacing',
  'box-sizing',
];

/** How every visible element inside the widget looks and how big it is. */
function look(el: HTMLElement): string[] {
  return Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('h2, label, legend, .hint, input, textarea, button, p, dt, dd')).map(
    (node) => {
      const style = getComputedStyle(node);
      const box = node.getBoundingClientRect();
      const name = node.getAttribute('name') ?? node.id ?? node.localName;
      return `${node.localName}[${name}] ${measured.map((property) => style.getPropertyValue(property)).join(' / ')} ${Math.round(box.width)}x${Math.round(box.height)}`;
    },
  );
}

async function compareWithHostileStyles(template: ReturnType<typeof html>, tag: string): Promise<void> {
  const container = await fixture<HTMLDivElement>(html`<div class="builder" style="width: 760px">${template}</div>`);
  const el = container.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>(tag)!;
  await el.updateComplete;
  const before = look(el);
  expect(before.length).to.be.greaterThan(20);
  const style = document.createElement('style');
  style.textContent = hostileRules;
  document.head.append(style);
  try {
    const after = look(el);
    const changed = after.filter((line, index) => line !== before[index]);
    expect(changed, 'elements whose look the page changed').to.deep.equal([]);
    // The rules really apply around the widget: the page's own text is changed by them.
    expect(getComputedStyle(container).textTransform).to.equal('uppercase');
  } finally {
    style.remove();
  }
}

describe('a builder’s stylesheet changes nothing inside the widget', () => {
  it('the notification’s questions', async () => {
    await compareWithHostileStyles(
      html`<offsite-direction-notification today=${exampleToday}></offsite-direction-notification>`,
      'offsite-direction-notification',
    );
  });

  it('the outcome review’s questions, with an outcome chosen', async () => {
    await compareWithHostileStyles(
      html`<offsite-direction-outcome-review today=${reviewToday} .value=${structuredClone(returnReview)}></offsite-direction-outcome-review>`,
      'offsite-direction-outcome-review',
    );
  });
});
