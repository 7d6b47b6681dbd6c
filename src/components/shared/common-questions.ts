import { msg } from '@lit/localize';
import { governanceTypes } from '../../schema/notification.js';
import type { TextFieldOptions } from './fields.js';
import type { Item, Question, QuestionView, Section } from './questions.js';

/*
 * The questions both forms ask alike (their opening sections, the provision's numbers, the declaration), defined
 * once so a school meets the same questions, words and widths in the notification and in the outcome review.
 * Called when a form's definition is made, so every `msg()` here follows the locale.
 */

type Governance = (typeof governanceTypes)[number];

/** "Maintained school" or "Academy or free school": the answer, also on check your answers; else `undefined`. */
export function governanceLabel(governance: unknown): string | undefined {
  if (governance === 'maintained') return msg('Maintained school');
  if (governance === 'academy') return msg('Academy or free school');
  return undefined;
}

/** The hint of every DfE number (LAESTAB) box. */
export function laestabHint(): string {
  return msg('7 digits: the 3-digit LA code and the 4-digit school number, like 830/2000. It is on Get Information about Schools.');
}

/** "Your school": name, DfE number, URN, maintained or academy. */
export function homeSchoolSection<V extends QuestionView>(): Section<V> {
  const governanceHints: Record<Governance, string> = {
    maintained: msg('A community, foundation or voluntary school, maintained special school or pupil referral unit.'),
    academy: msg('Including special and alternative provision academies.'),
  };
  return {
    id: 'home-school',
    heading: msg('Your school'),
    items: [
      { kind: 'text', path: 'homeSchool.name', label: msg('School name'), autocomplete: 'organization', summary: { key: msg('School name') } },
      {
        kind: 'text',
        path: 'homeSchool.laestab',
        label: msg('DfE number (LAESTAB)'),
        hint: laestabHint(),
        width: 10,
        inputmode: 'numeric',
        spellcheck: false,
        summary: { key: msg('DfE number (LAESTAB)') },
      },
      {
        kind: 'text',
        path: 'homeSchool.urn',
        label: msg('URN (optional)'),
        hint: msg('6 digits, like 112906. It changes when a school becomes an academy.'),
        width: 10,
        inputmode: 'numeric',
        spellcheck: false,
        summary: { key: msg('URN') },
      },
      {
        kind: 'radios',
        path: 'homeSchool.governance',
        label: msg('Is your school a maintained school or an academy?'),
        options: governanceTypes.map((governance) => ({
          value: governance,
          label: governanceLabel(governance)!,
          hint: governanceHints[governance],
        })),
        summary: { key: msg('Type of school') },
      },
    ],
  };
}

/** The provision's DfE number and URN, asked under each kind of registered school in both forms. */
export function provisionNumbers<V extends QuestionView>(): Item<V>[] {
  return [
    {
      kind: 'text',
      path: 'provision.laestab',
      label: msg('The provision\'s DfE number (LAESTAB)'),
      hint: laestabHint(),
      width: 10,
      inputmode: 'numeric',
      spellcheck: false,
      autocomplete: 'off',
      summary: { key: msg('DfE number (LAESTAB)') },
    },
    {
      kind: 'text',
      path: 'provision.urn',
      label: msg('The provision\'s URN (optional)'),
      hint: msg('6 digits, like 112906'),
      width: 10,
      inputmode: 'numeric',
      spellcheck: false,
      autocomplete: 'off',
      summary: { key: msg('URN') },
    },
  ];
}

/** "Your details": who is sending the form, so the local authority can reply. */
export function submittedBySection<V extends QuestionView>(): Section<V> {
  return {
    id: 'submitted-by',
    heading: msg('Your details'),
    items: [
      {
        kind: 'text',
        path: 'submittedBy.name',
        label: msg('Your full name'),
        autocomplete: 'name',
        spellcheck: false,
        summary: { key: msg('Full name') },
      },
      {
        kind: 'text',
        path: 'submittedBy.role',
        label: msg('Your role'),
        hint: msg('For example, deputy headteacher or SENCO'),
        autocomplete: 'organization-title',
        summary: { key: msg('Role') },
      },
      {
        kind: 'email',
        path: 'submittedBy.email',
        label: msg('Your email address'),
        hint: msg('Your work address, so the local authority can reply'),
        summary: { key: msg('Email address') },
      },
      { kind: 'tel', path: 'submittedBy.phone', label: msg('Your phone number'), summary: { key: msg('Phone number') } },
    ],
  };
}

/**
 * Who the pupil is: legal names, date of birth and UPN, as both forms ask them. The notification's boxes are wider
 * and its hints longer (it is where the school first gives them); the review's come mostly from the notification.
 */
export function pupilIdentityQuestions<V extends QuestionView>(options: {
  firstNameHint?: string;
  nameWidth?: TextFieldOptions['width'];
  upnHint: string;
}): Item<V>[] {
  const name = (path: string, label: string, hint?: string): Item<V> => ({
    kind: 'text',
    path,
    label,
    ...(hint ? { hint } : {}),
    ...(options.nameWidth ? { width: options.nameWidth } : {}),
    autocomplete: 'off',
    spellcheck: false,
    summary: { key: label },
  });
  return [
    name('pupil.firstName', msg('Legal first name'), options.firstNameHint),
    name('pupil.lastName', msg('Legal last name')),
    {
      kind: 'date',
      path: 'pupil.dateOfBirth',
      label: msg('Date of birth'),
      hint: msg('For example, 14 5 2012'),
      summary: { key: msg('Date of birth'), weekday: false },
    },
    {
      kind: 'text',
      path: 'pupil.upn',
      label: msg('Unique pupil number (UPN)'),
      hint: options.upnHint,
      width: 20,
      autocomplete: 'off',
      spellcheck: false,
      summary: { key: msg('UPN') },
    },
  ];
}

/** The declaration both forms end with. */
export function accurateDeclaration<V extends QuestionView>(): Question<V> {
  return {
    kind: 'checkbox',
    path: 'declarations.accurate',
    label: msg('The information I have given is accurate to the best of my knowledge'),
    summary: { key: msg('Information is accurate') },
  };
}
