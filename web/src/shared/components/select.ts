import type { Id } from '../types'

export interface SelectOption {
  value: Id
  label: string
}
