import type { ReactElement } from 'react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';

/** Renders and lets the first requests' answers land. */
export async function renderSettled(ui: ReactElement) {
  const view = render(ui);
  await act(async () => undefined);
  return view;
}

/** Taps the element showing `text` (inside `scope`, the whole page by default) and settles. */
export async function click(text: string | RegExp, scope: HTMLElement = document.body) {
  await act(async () => {
    fireEvent.click(within(scope).getByText(text));
  });
}

/** Types `value` into the box showing `placeholder`. */
export function typeInto(placeholder: string, value: string) {
  fireEvent.change(screen.getByPlaceholderText(placeholder), { target: { value } });
}

/** The form row labelled `label` (inside `scope`, the whole page by default). */
export function field(label: string, scope: HTMLElement = document.body): HTMLElement {
  const found = Array.from(scope.querySelectorAll('.field__label')).find(
    (el) => el.textContent?.replace(/ \*$/, '') === label,
  );
  if (!found) throw new Error(`no field labelled ${label}`);
  return found.closest('.field') as HTMLElement;
}

/** Types `value` into the text box of the row labelled `label`. */
export function type(label: string, value: string, scope?: HTMLElement) {
  const input = field(label, scope).querySelector('input, textarea') as HTMLInputElement;
  fireEvent.change(input, { target: { value } });
}

/** Picks the option shown as `option` in the row labelled `label`. */
export function choose(label: string, option: string, scope?: HTMLElement) {
  const select = field(label, scope).querySelector('select') as HTMLSelectElement;
  const found = Array.from(select.options).find((o) => o.textContent === option);
  if (!found) throw new Error(`${label} has no option ${option}`);
  fireEvent.change(select, { target: { value: found.value } });
}

/** Turns the switch of the row labelled `label`. */
export function flip(label: string) {
  fireEvent.click(field(label).querySelector('[role="switch"]') as HTMLElement);
}

/** The red message under the row labelled `label`, if any. */
export function messageUnder(label: string, scope?: HTMLElement): string | null {
  return field(label, scope).querySelector('.field__error')?.textContent ?? null;
}
