import { describe, expect, it } from 'vitest'
import { scopeFieldsOf, withScopeFor } from './scope'

describe('scopeFieldsOf', () => {
  it.each([
    ['SystemAdmin', []],
    ['ZoneLeader', ['zoneId']],
    ['InnovationBureau', ['zoneId']],
    ['ParkOfficer', ['zoneId', 'parkId']],
    ['ServiceOfficer', ['zoneId', 'parkId']],
    ['DepartmentStaff', ['zoneId', 'departmentId']],
    ['EnterpriseUser', ['zoneId', 'enterpriseId']],
    ['BankUser', ['zoneId', 'bankId']],
    ['Expert', ['zoneId']],
    ['ContestJudge', ['zoneId']],
  ] as const)('%s needs %j', (role, fields) => {
    expect(scopeFieldsOf(role)).toEqual(fields)
  })

  it('needs nothing before a role is chosen', () => {
    expect(scopeFieldsOf(undefined)).toEqual([])
  })
})

describe('withScopeFor', () => {
  it('clears the scope fields the role does not use', () => {
    const input = { role: 'ParkOfficer' as const, zoneId: 1, parkId: 2, departmentId: 3, enterpriseId: 4, bankId: 5 }
    expect(withScopeFor(input)).toEqual({ role: 'ParkOfficer', zoneId: 1, parkId: 2, departmentId: null, enterpriseId: null, bankId: null })
  })

  it('clears everything for a system administrator', () => {
    expect(withScopeFor({ role: 'SystemAdmin' as const, zoneId: 1, parkId: 2 })).toMatchObject({ zoneId: null, parkId: null })
  })
})
