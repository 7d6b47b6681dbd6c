import type { ReactiveControllerHost } from 'lit';
import type { FormName } from '../../events.js';
import { readDraft, removeDraft, writeDraft, type DraftStorageKind } from './draft-storage.js';
import { HostValue } from './host-value.js';
import { cloneDraft, getAt, type DateParts, type Draft } from './paths.js';

/** The submission id the answers were last handed over under, and the JSON of the data they carried. */
export interface Attempt {
  id: string;
  data: string;
}

/**
 * What the element's units read and write of its draft: the answers, what was typed in date and hours boxes, the
 * submission id and the last hand-over. The element keeps them; every replacement of the answers goes through
 * `setDraft` (which may fire the change event).
 */
export interface DraftHolder {
  readonly formName: FormName;
  readonly draft: Draft;
  readonly rawTexts: Map<string, string>;
  readonly rawDates: Map<string, DateParts>;
  submissionId: string;
  attempt: Attempt | undefined;
  /** With `layout="pages"`, the section whose page shows (setting it opens that page, if the form has it). */
  page: string | undefined;
  setDraft(next: Draft, options: { user: boolean }): void;
}

/**
 * The unsent draft in web storage under `draft-key` (opt-in): kept after each user edit, restored once per key
 * with its submission id and what was typed, forgotten after a send, a reset or "Clear".
 */
export class DraftKeeper {
  /** The `draft-key` whose stored draft has been looked for, so it is restored once. */
  private lookedUpFor: string | undefined;
  /** The draft a restore replaced (a host's prefill), for "Clear". */
  private before: Draft | undefined;
  private readonly restoredNow: HostValue<boolean>;
  /** When the draft restored from web storage was kept, to tell it from an older envelope in the builder's field. */
  private savedAt = '';

  constructor(
    host: ReactiveControllerHost,
    private readonly holder: DraftHolder,
    private readonly where: () => { key: string; storage: DraftStorageKind },
  ) {
    this.restoredNow = new HostValue(host, false);
  }

  /** True while answers restored from web storage are showing, with the notice and its "Clear" button. */
  get restored(): boolean {
    return this.restoredNow.value;
  }
  set restored(next: boolean) {
    this.restoredNow.value = next;
  }

  /** When the restored draft was kept ('' when none was restored). */
  get restoredSavedAt(): string {
    return this.savedAt;
  }

  /** The draft a restore replaced, for "Clear" (undefined when nothing was restored). */
  get replaced(): Draft | undefined {
    return this.before;
  }

  /** Keeps the unsent draft after a user edit, only with a `draft-key`; an emptied form keeps nothing. */
  save(): void {
    const { key, storage } = this.where();
    if (!key) return;
    const { draft, attempt, submissionId, page } = this.holder;
    if (Object.keys(draft).length === 0) {
      removeDraft(storage, key);
      return;
    }
    writeDraft(storage, key, {
      form: this.holder.formName,
      submissionId,
      value: draft,
      rawTexts: Object.fromEntries(this.holder.rawTexts),
      rawDates: Object.fromEntries(this.holder.rawDates),
      ...(attempt?.id === submissionId ? { attempt } : {}),
      ...(page ? { page } : {}),
      savedAt: new Date().toISOString(),
    });
  }

  /** Brings back the draft kept under `draft-key`, once per key, with its submission id and what was typed. */
  restore(): void {
    const { key, storage } = this.where();
    if (!key || this.lookedUpFor === key) return;
    this.lookedUpFor = key;
    const holder = this.holder;
    const saved = readDraft(storage, key, holder.formName);
    if (!saved) return;
    this.before = holder.draft;
    holder.setDraft(cloneDraft(saved.value), { user: false });
    // What was typed comes back only where the draft still holds an answer: a draft kept by an older version may
    // carry text typed under an answer since removed (another outcome's reason), which would show but not be sent.
    for (const [path, text] of Object.entries(saved.rawTexts)) {
      if (getAt(holder.draft, path) !== undefined) holder.rawTexts.set(path, text);
    }
    for (const [path, parts] of Object.entries(saved.rawDates)) {
      if (getAt(holder.draft, path) !== undefined) holder.rawDates.set(path, { ...parts });
    }
    holder.submissionId = saved.submissionId;
    holder.attempt = saved.attempt;
    holder.page = saved.page;
    this.restored = true;
    this.savedAt = saved.savedAt;
  }

  /** Deletes the kept draft (after a send, a reset or "Clear") and hides the restored notice. */
  forget(): void {
    const { key, storage } = this.where();
    if (key) removeDraft(storage, key);
    this.restored = false;
    this.before = undefined;
  }
}
