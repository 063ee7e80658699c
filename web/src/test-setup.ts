// Unit-test environment tweaks (vitest `setupFiles`).

// async-validator (used by Element Plus forms) logs every failed rule to the console outside production.
;(globalThis as Record<string, unknown>).ASYNC_VALIDATOR_NO_WARNING = true
