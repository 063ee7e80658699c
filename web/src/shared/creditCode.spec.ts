import { describe, expect, it } from 'vitest'
import { creditCodeCheckCharacter, isValidCreditCode, normaliseCreditCode } from './creditCode'

// Real, published codes (Huawei, Tencent, Baidu) plus codes whose check character was computed by hand
// with the GB 32100 weights, including one whose checksum lands on 31 and so maps to '0'.
const VALID = [
  '914403001922038216',
  '9144030071526726XG',
  '91110000802100433B',
  '91310000MA1FL8XQ37',
  '12100000400000000W',
  '9111000060003734F0',
]

describe('isValidCreditCode', () => {
  it.each(VALID)('accepts %s', (code) => {
    expect(isValidCreditCode(code)).toBe(true)
  })

  it('computes the check character from the first 17 characters', () => {
    expect(creditCodeCheckCharacter('91310000MA1FL8XQ3')).toBe('7')
    expect(creditCodeCheckCharacter('9144030071526726X')).toBe('G')
  })

  it('maps a check value of 31 to 0', () => {
    expect(creditCodeCheckCharacter('9111000060003734F')).toBe('0')
  })

  it.each(VALID)('rejects %s with a wrong check character', (code) => {
    const wrong = code[17] === '0' ? '1' : '0'
    expect(isValidCreditCode(code.slice(0, 17) + wrong)).toBe(false)
  })

  it.each(VALID)('rejects %s with one body character changed', (code) => {
    const mutated = code.slice(0, 5) + (code[5] === '1' ? '2' : '1') + code.slice(6)
    expect(isValidCreditCode(mutated)).toBe(false)
  })

  it('rejects two adjacent characters swapped', () => {
    expect(isValidCreditCode('914403001922038216'.replace('1922', '9122'))).toBe(false)
  })

  it.each(['I', 'O', 'S', 'V', 'Z'])('rejects the excluded letter %s', (letter) => {
    expect(isValidCreditCode(`91440300${letter}922038216`)).toBe(false)
  })

  it.each([
    ['empty', ''],
    ['null', null],
    ['undefined', undefined],
    ['17 characters', '91440300192203821'],
    ['19 characters', '9144030019220382160'],
    ['lower case', '9144030071526726xg'],
    ['inner space', '91440300 922038216'],
  ])('rejects %s', (_, code) => {
    expect(isValidCreditCode(code)).toBe(false)
  })

  it('normalises typed input before checking', () => {
    expect(isValidCreditCode(normaliseCreditCode('  9144030071526726xg '))).toBe(true)
  })

  it('returns no check character for a body with a bad character or length', () => {
    expect(creditCodeCheckCharacter('9144030071526726')).toBeUndefined()
    expect(creditCodeCheckCharacter('914403007152672IX')).toBeUndefined()
  })
})
