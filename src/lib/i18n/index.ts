export {
  addMessageSet,
  defineMessages,
  loadLanguage,
  t,
  tRich,
  type Catalogue,
  type CatalogueLoaders,
  type MessageDescriptor,
} from './i18n';
export { changeLanguage, useAppLanguage } from './use-app-language';
export { readLanguageChoice, startLanguage } from './language-setting';
