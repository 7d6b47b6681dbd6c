import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { governanceTypes } from '../../schema/notification.js';
import { checkboxField, emailField, formSection, radiosField, telField, textField, type FieldContext } from './fields.js';

/*
 * The questions both forms ask alike (their opening sections, the provision's numbers, the declaration), written
 * once so a school meets the same questions, words and widths in the notification and in the outcome review.
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
export function homeSchoolSection(fields: FieldContext): TemplateResult {
  const governanceHints: Record<Governance, string> = {
    maintained: msg('A community, foundation or voluntary school, maintained special school or pupil referral unit.'),
    academy: msg('Including special and alternative provision academies.'),
  };
  return formSection(
    msg('Your school'),
    html`${textField(fields, { path: 'homeSchool.name', label: msg('School name'), autocomplete: 'organization' })}
    ${textField(fields, {
      path: 'homeSchool.laestab',
      label: msg('DfE number (LAESTAB)'),
      hint: laestabHint(),
      width: 10,
      inputmode: 'numeric',
      spellcheck: false,
    })}
    ${textField(fields, {
      path: 'homeSchool.urn',
      label: msg('URN (optional)'),
      hint: msg('6 digits, like 112906. It changes when a school becomes an academy.'),
      width: 10,
      inputmode: 'numeric',
      spellcheck: false,
    })}
    ${radiosField(fields, {
      path: 'homeSchool.governance',
      legend: msg('Is your school a maintained school or an academy?'),
      options: governanceTypes.map((governance) => ({
        value: governance,
        label: governanceLabel(governance)!,
        hint: governanceHints[governance],
      })),
    })}`,
  );
}

/** The provision's DfE number and URN, asked under each kind of registered school in both forms. */
export function provisionNumbers(fields: FieldContext): TemplateResult {
  return html`${textField(fields, {
    path: 'provision.laestab',
    label: msg('The provision\'s DfE number (LAESTAB)'),
    hint: laestabHint(),
    width: 10,
    inputmode: 'numeric',
    spellcheck: false,
    autocomplete: 'off',
  })}
  ${textField(fields, {
    path: 'provision.urn',
    label: msg('The provision\'s URN (optional)'),
    hint: msg('6 digits, like 112906'),
    width: 10,
    inputmode: 'numeric',
    spellcheck: false,
    autocomplete: 'off',
  })}`;
}

/** "Your details": who is sending the form, so the local authority can reply. */
export function submittedBySection(fields: FieldContext): TemplateResult {
  return formSection(
    msg('Your details'),
    html`${textField(fields, { path: 'submittedBy.name', label: msg('Your full name'), autocomplete: 'name', spellcheck: false })}
    ${textField(fields, {
      path: 'submittedBy.role',
      label: msg('Your role'),
      hint: msg('For example, deputy headteacher or SENCO'),
      autocomplete: 'organization-title',
    })}
    ${emailField(fields, {
      path: 'submittedBy.email',
      label: msg('Your email address'),
      hint: msg('Your work address, so the local authority can reply'),
    })}
    ${telField(fields, { path: 'submittedBy.phone', label: msg('Your phone number') })}`,
  );
}

/** The declaration both forms end with. */
export function accurateDeclaration(fields: FieldContext): TemplateResult {
  return checkboxField(fields, {
    path: 'declarations.accurate',
    label: msg('The information I have given is accurate to the best of my knowledge'),
  });
}
