// The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a 31-symbol
// alphabet (no I, O, S, V, Z), the last one a check character computed over the first 17.

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
const SHAPE = /^[0-9A-HJ-NP-RTUW-Y]{18}$/

/** The check character for a 17-character body, or undefined if the body is not made of code characters. */
export function creditCodeCheckCharacter(body: string): string | undefined {
  if (body.length !== 17) return undefined
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(body[i])
    if (value < 0) return undefined
    sum += value * WEIGHTS[i]
  }
  const check = 31 - (sum % 31)
  return ALPHABET[check === 31 ? 0 : check]
}

/** True when `code` is 18 characters of the code alphabet whose last character is the right check character. */
export function isValidCreditCode(code: string | null | undefined): boolean {
  if (!code || !SHAPE.test(code)) return false
  return creditCodeCheckCharacter(code.slice(0, 17)) === code[17]
}

/** What users type: spaces around, lower case. */
export function normaliseCreditCode(code: string): string {
  return code.trim().toUpperCase()
}
