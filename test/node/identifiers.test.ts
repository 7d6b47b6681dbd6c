// Identifiers: UPN (DOMAIN §6 vectors), LAESTAB, URN, UK postcode, email address, UK phone number.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  englishLaCodes, isEmail, isLaestab, isPostcode, isUkPhone, isUrn, normaliseLaestab, normalisePostcode, normaliseUpn,
  upnCheckLetter, validateUpn,
} from '../../src/schema/index.js';

const LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

describe('validateUpn', () => {
  it('accepts the DfE test vectors', () => {
    assert.deepEqual(validateUpn('B801200005001'), {
      valid: true, normalised: 'B801200005001', temporary: false, laCode: '801', knownLa: true,
    });
    assert.deepEqual(validateUpn('X00180001701A'), {
      valid: true, normalised: 'X00180001701A', temporary: true, laCode: '001', knownLa: false,
    });
  });

  it('accepts the synthetic Derbyshire UPNs', () => {
    const permanent = validateUpn('Q830200024001');
    assert.equal(permanent.valid, true);
    assert.equal(permanent.temporary, false);
    assert.equal(permanent.laCode, '830');
    assert.equal(permanent.knownLa, true);
    const temporary = validateUpn('B83020002400A');
    assert.equal(temporary.valid, true);
    assert.equal(temporary.temporary, true);
    assert.equal(temporary.laCode, '830');
  });

  it('accepts P207000016049 and rejects the widely copied Q207000016049 for its check letter', () => {
    assert.equal(validateUpn('P207000016049').valid, true);
    const copied = validateUpn('Q207000016049');
    assert.equal(copied.valid, false);
    assert.equal(copied.problem, 'check-letter');
  });

  it('computes check letters by the DfE arithmetic', () => {
    assert.equal(upnCheckLetter('801200005001'), 'B');
    assert.equal(upnCheckLetter('00180001701A'), 'X');
    assert.equal(upnCheckLetter('830200024001'), 'Q');
    assert.equal(upnCheckLetter('83020002400A'), 'B');
    assert.equal(upnCheckLetter('207000016049'), 'P');
    // By hand: 2·0+3·0+4·0+5·0+6·0+7·0+8·0+9·0+10·0+11·0+12·0+13·1 = 13 → the 14th letter, P.
    assert.equal(upnCheckLetter('000000000001'), 'P');
    assert.equal(upnCheckLetter('000000000000'), 'A');
  });

  it('normalises lower case and spaces', () => {
    const upn = validateUpn(' q830 2000 2400 1 ');
    assert.equal(upn.valid, true);
    assert.equal(upn.normalised, 'Q830200024001');
    assert.equal(validateUpn('b83020002400a').valid, true);
    assert.equal(normaliseUpn('x001 8000 1701 a'), 'X00180001701A');
  });

  it('rejects the letters I, O and S, which the check-letter table never uses', () => {
    for (const letter of ['I', 'O', 'S']) {
      assert.equal(validateUpn(`${letter}830200024001`).problem, 'format', `${letter} as check letter`);
      assert.equal(validateUpn(`B83020002400${letter}`).valid, false, `${letter} as the temporary letter`);
    }
  });

  it('rejects malformed UPNs as format problems', () => {
    for (const bad of ['', 'Q83020002400', 'Q8302000240011', '830200024001Q', 'Q83020002A001', 'Q830-2000-2400-1', '1830200024001']) {
      const result = validateUpn(bad);
      assert.equal(result.valid, false, bad);
      assert.equal(result.problem, 'format', bad);
    }
  });

  it('flags an LA code outside the DfE list without making the UPN invalid', () => {
    assert.equal(englishLaCodes.has('830'), true);
    assert.equal(englishLaCodes.has('831'), true, 'Derby City');
    assert.equal(englishLaCodes.has('001'), false);
    const rest = '99920002400' + '1';
    const upn = `${upnCheckLetter(rest)}${rest}`;
    assert.deepEqual({ valid: validateUpn(upn).valid, knownLa: validateUpn(upn).knownLa }, { valid: true, knownLa: false });
  });

  it('accepts exactly one check letter for any well-formed rest (property)', () => {
    const digit = fc.constantFrom(...'0123456789');
    const rest = fc.tuple(fc.array(digit, { minLength: 11, maxLength: 11 }), fc.constantFrom(...'0123456789', ...LETTERS))
      .map(([digits, last]) => digits.join('') + last);
    fc.assert(
      fc.property(rest, fc.constantFrom(...LETTERS), (body, letter) => {
        const right = upnCheckLetter(body);
        assert.ok(LETTERS.includes(right));
        const result = validateUpn(`${letter}${body}`);
        assert.equal(result.valid, letter === right);
        if (letter !== right) assert.equal(result.problem, 'check-letter');
        assert.equal(result.temporary, /[A-Z]$/.test(body));
        // Changing any one digit changes the check letter: every weight 2–13 is a unit mod 23.
        const position = body.search(/\d/);
        const changed = body.slice(0, position) + String((Number(body[position]) + 1) % 10) + body.slice(position + 1);
        assert.notEqual(upnCheckLetter(changed), right);
      }),
      { numRuns: 300 },
    );
  });
});

describe('LAESTAB', () => {
  it('normalises the usual ways of writing it to 7 digits', () => {
    assert.equal(normaliseLaestab('830/1234'), '8301234');
    assert.equal(normaliseLaestab('830 1234'), '8301234');
    assert.equal(normaliseLaestab('830-1234'), '8301234');
    assert.equal(normaliseLaestab(' 830 / 1234 '), '8301234');
    assert.equal(normaliseLaestab('8301234'), '8301234');
  });

  it('leaves anything else for the validator to reject', () => {
    assert.equal(normaliseLaestab('83/01234'), '83/01234');
    assert.equal(isLaestab(normaliseLaestab('83/01234')), false);
    assert.equal(isLaestab('8301234'), true);
    for (const bad of ['830123', '83012345', '830/1234', 'DE12345', '']) assert.equal(isLaestab(bad), false, bad);
  });
});

describe('URN', () => {
  it('is six digits', () => {
    assert.equal(isUrn('112233'), true);
    for (const bad of ['11223', '1122334', 'abcdef', '112 233', '']) assert.equal(isUrn(bad), false, bad);
  });
});

describe('postcodes', () => {
  it('normalise to upper case with one space', () => {
    assert.equal(normalisePostcode('de43ag'), 'DE4 3AG');
    assert.equal(normalisePostcode('DE45 1GE'), 'DE45 1GE');
    assert.equal(normalisePostcode(' de45   1ge '), 'DE45 1GE');
    assert.equal(normalisePostcode('sw1a1aa'), 'SW1A 1AA');
    assert.equal(normalisePostcode('gir0aa'), 'GIR 0AA');
  });

  it('accept the UK shapes once normalised', () => {
    for (const good of ['DE4 3AG', 'DE45 1GE', 'SW1A 1AA', 'M1 1AE', 'B33 8TH', 'CR2 6XH', 'EC1A 1BB', 'GIR 0AA']) {
      assert.equal(isPostcode(normalisePostcode(good)), true, good);
    }
  });

  it('reject bad ones', () => {
    for (const bad of ['DE4', 'DE4 3A', 'DE4 3AGG', 'DEE4 3AG', '12345', '4DE 3AG', 'DE4 AAG', '', 'DE4-3AG']) {
      assert.equal(isPostcode(normalisePostcode(bad)), false, bad);
    }
  });
});

describe('email addresses', () => {
  it('accept ordinary addresses', () => {
    for (const good of ['sam.carter@hillside.example.org', 'a+b@x.co.uk', 'exclusions@derbyshire.gov.uk', "o'neill@example.org"]) {
      assert.equal(isEmail(good), true, good);
    }
  });

  it('reject malformed ones', () => {
    const bad = ['sam', 'sam@', '@example.org', 'a b@example.org', 'a@b', 'a@b.c', 'a@@b.org', 'a@b.org ', '<a@b.org>',
      `${'x'.repeat(250)}@example.org`];
    for (const value of bad) assert.equal(isEmail(value), false, value);
  });
});

describe('UK phone numbers', () => {
  it('accept national and +44 forms', () => {
    const good = ['01629 533190', '01629533190', '07700 900982', '020 7946 0000', '+44 7700 900982', '+447700900982',
      '+44 (0)1629 533190', '0044 1629 533190', '(01629) 533190', '01629-533190'];
    for (const value of good) assert.equal(isUkPhone(value), true, value);
  });

  it('reject the rest', () => {
    const bad = ['12345', '+1 202 555 0100', 'phone', '01629 53319a', '0162953319011', '1629533190', '+44', '', 'ext 4'];
    for (const value of bad) assert.equal(isUkPhone(value), false, value);
  });
});
