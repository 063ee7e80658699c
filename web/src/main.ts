import { createApp } from 'vue'
import { createPinia } from 'pinia'
import ElementPlus from 'element-plus'
import 'element-plus/dist/index.css'
import './shared/styles.css'
import App from './App.vue'
import { router } from './router'
import { i18n } from './shared/i18n'
import { setUnauthorizedHandler } from './shared/http'
import { useAuthStore } from './shared/auth'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia).use(i18n).use(ElementPlus).use(router)

// A 401 from any call means the session is gone: back to sign-in, then back here.
setUnauthorizedHandler(() => {
  useAuthStore(pinia).forget()
  const current = router.currentRoute.value
  if (current.name !== 'login') void router.push({ name: 'login', query: { redirect: current.fullPath } })
})

document.documentElement.lang = i18n.global.locale.value
app.mount('#app')
