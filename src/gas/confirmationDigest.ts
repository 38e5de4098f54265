/**
 * Signatures of the confirmation rows the add-on writes. A co-editor can type any row into the
 * confirmations sheet, the confirmer's e-mail included; only the add-on can sign one, with a key
 * kept in the document's properties (read and written by the add-on's code only, never shown in a
 * cell). A row whose signature does not check out was typed in the sheet: it is shown, never trusted.
 */
import { CONFIRMATION_COLUMNS, CONFIRMATIONS_HEADER, confirmationDigestText, parseConfirmations, type Confirmation, type ConfirmationVerifier } from '../core';
import { DOC_PROPS } from './names';

function sign(c: Confirmation, key: string): string {
  // https://developers.google.com/apps-script/reference/utilities/utilities#computeHmacSha256Signature(String,String,Charset)
  return Utilities.base64Encode(Utilities.computeHmacSha256Signature(confirmationDigestText(c), key, Utilities.Charset.UTF_8));
}

/** The key, made the first time a row is signed (the caller holds the document lock). */
function signingKey(): string {
  const props = PropertiesService.getDocumentProperties();
  const existing = props.getProperty(DOC_PROPS.confirmationKey);
  if (existing) return existing;
  const key = `${Utilities.getUuid()}${Utilities.getUuid()}`;
  props.setProperty(DOC_PROPS.confirmationKey, key);
  return key;
}

/**
 * The row to append with its signature cell filled: signed as it will read back (parsed from the
 * row itself), so the cells Sheets stores and the text signed are the same.
 */
export function signedRow(row: (string | number)[], timeZone: string): (string | number)[] {
  const read = parseConfirmations([CONFIRMATIONS_HEADER, row], timeZone).confirmations[0];
  if (!read) throw new Error('a confirmation row the add-on built does not read back');
  const digestAt = CONFIRMATION_COLUMNS.findIndex((column) => column.key === 'digest');
  const out = [...row];
  out[digestAt] = sign(read, signingKey());
  return out;
}

/** Accepts the rows this document's add-on signed; with no key yet, none was signed. */
export function confirmationVerifier(): ConfirmationVerifier {
  const key = PropertiesService.getDocumentProperties().getProperty(DOC_PROPS.confirmationKey);
  return (c) => Boolean(key && c.digest && c.digest === sign(c, key));
}
