// Service desk steps shared by the browser tests: open a request's page and take a workflow step through its dialog.
import type { Page } from 'playwright-core'

const isTransition = (id: string) => (r: { url(): string; request(): { method(): string } }) =>
  r.request().method() === 'POST' && new URL(r.url()).pathname === `/api/service/requests/${id}/transitions`

/** Presses a workflow button, fills the dialog and submits; returns the server's status. */
export async function act(page: Page, id: string, action: string, fill?: () => Promise<void>) {
  await page.getByTestId(`request-action-${action}`).click()
  await page.getByTestId('transition-form').waitFor()
  await fill?.()
  const [answer] = await Promise.all([page.waitForResponse(isTransition(id)), page.getByTestId('form-submit').click()])
  return answer.status()
}

/** Opens a request's page and waits for its data. */
export async function openRequest(page: Page, id: string) {
  await Promise.all([
    page.waitForResponse((r) => new URL(r.url()).pathname === `/api/service/requests/${id}` && r.request().method() === 'GET'),
    page.goto(`/service/requests/${id}`),
  ])
}
