export { defineMessages, loadLanguage, t, tRich, type MessageDescriptor } from './i18n';
export { changeLanguage, useAppLanguage } from './use-app-language';
export { readLanguageChoice, startLanguage } from './language-setting';
