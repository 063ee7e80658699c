/** Tag colours of the enterprise status. */
export const STATUS_COLOURS = { Active: 'success', MovedOut: 'warning', Deregistered: 'info' } as const
