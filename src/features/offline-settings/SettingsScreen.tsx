/**
 * Settings (/settings): the language, the device's name (written into synced scans' notes), the offline
 * policy, the theme. Each is remembered on this device.
 */
import { useState, type FormEvent } from 'react';
import { readDeviceName, writeDeviceName } from '../../lib/scan-journal';
import { readOfflinePolicy, writeOfflinePolicy, type OfflinePolicy } from '../../lib/offline-policy';
import { readTheme, writeTheme, type ThemeChoice } from '../../lib/theme';
import { APP_LANGUAGES, type AppLanguage } from '../../lib/app-locale';
import {
  changeLanguage,
  defineMessages,
  readLanguageChoice,
  t,
  type MessageDescriptor,
} from '../../lib/i18n';

const messages = defineMessages({
  admit: { id: 'settings.admit', defaultMessage: 'Admit and verify later' },
  admitHint: {
    id: 'settings.admitHint',
    defaultMessage: 'Let the guest in; the scan is checked when the network returns.',
  },
  hold: { id: 'settings.hold', defaultMessage: 'Hold the guest' },
  holdHint: {
    id: 'settings.holdHint',
    defaultMessage: 'Ask the guest to wait until the ticket can be verified.',
  },
  deviceName: { id: 'settings.deviceName', defaultMessage: 'Device name' },
  deviceNameHint: {
    id: 'settings.deviceNameHint',
    defaultMessage: 'Written into the notes of every scan synced later, so the audit log shows which device.',
  },
  saveName: { id: 'settings.saveName', defaultMessage: 'Save name' },
  saved: { id: 'settings.saved', defaultMessage: 'Saved.' },
  policy: { id: 'settings.policy', defaultMessage: 'When a ticket cannot be verified (offline)' },
  themeSystem: {
    id: 'settings.themeSystem',
    defaultMessage: 'Same as this device (light by day, dark by night if it switches)',
  },
  themeLight: { id: 'settings.themeLight', defaultMessage: 'Light: for daylight doors' },
  themeDark: { id: 'settings.themeDark', defaultMessage: 'Dark: for dim venues' },
  theme: { id: 'settings.theme', defaultMessage: 'Theme' },
  themeHint: { id: 'settings.themeHint', defaultMessage: 'Verdict colours are the same in both themes.' },
  title: { id: 'settings.title', defaultMessage: 'Door settings' },
  language: { id: 'settings.language', defaultMessage: 'Language' },
  languageBrowser: { id: 'settings.languageBrowser', defaultMessage: 'Same as this browser' },
  languageHint: {
    id: 'settings.languageHint',
    defaultMessage: 'Applies at once on this device; dates and numbers follow it too.',
  },
});

const POLICIES: Array<{ value: OfflinePolicy; label: MessageDescriptor; hint: MessageDescriptor }> = [
  { value: 'admit', label: messages.admit, hint: messages.admitHint },
  { value: 'hold', label: messages.hold, hint: messages.holdHint },
];

/** Each language named in itself, so anyone can find their own whatever the screen shows now. */
const LANGUAGE_NAMES: Record<AppLanguage, string> = {
  en: 'English',
  nl: 'Nederlands',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
};

function LanguageChoice() {
  const choice = readLanguageChoice();
  return (
    <div className="settings-form">
      <label htmlFor="language">{t(messages.language)}</label>
      <select
        id="language"
        value={choice ?? ''}
        onChange={(event) => {
          const value = APP_LANGUAGES.find((language) => language === event.target.value) ?? null;
          void changeLanguage(value);
        }}
      >
        <option value="">{t(messages.languageBrowser)}</option>
        {APP_LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
      <p className="hint">{t(messages.languageHint)}</p>
    </div>
  );
}

function DeviceNameForm() {
  const [name, setName] = useState(readDeviceName);
  const [saved, setSaved] = useState(false);
  const save = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return;
    writeDeviceName(name);
    setName(readDeviceName());
    setSaved(true);
  };
  return (
    <form onSubmit={save} className="settings-form">
      <label htmlFor="device-name">{t(messages.deviceName)}</label>
      <input
        id="device-name"
        value={name}
        maxLength={60}
        required
        onChange={(event) => {
          setName(event.target.value);
          setSaved(false);
        }}
      />
      <p className="hint">{t(messages.deviceNameHint)}</p>
      <button type="submit">{t(messages.saveName)}</button>
      {saved && <p role="status">{t(messages.saved)}</p>}
    </form>
  );
}

function PolicyChoice() {
  const [policy, setPolicy] = useState(readOfflinePolicy);
  const choose = (value: OfflinePolicy) => {
    writeOfflinePolicy(value);
    setPolicy(value);
  };
  return (
    <fieldset className="settings-form">
      <legend>{t(messages.policy)}</legend>
      {POLICIES.map((option) => (
        <label key={option.value} className="settings-radio">
          <input
            type="radio"
            name="offline-policy"
            value={option.value}
            checked={policy === option.value}
            onChange={() => choose(option.value)}
          />
          <span>
            <strong>{t(option.label)}</strong> — {t(option.hint)}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

const THEMES: Array<{ value: ThemeChoice; label: MessageDescriptor }> = [
  { value: 'system', label: messages.themeSystem },
  { value: 'light', label: messages.themeLight },
  { value: 'dark', label: messages.themeDark },
];

function ThemeChoiceForm() {
  const [theme, setTheme] = useState(readTheme);
  const choose = (value: ThemeChoice) => {
    writeTheme(value);
    setTheme(value);
  };
  return (
    <fieldset className="settings-form">
      <legend>{t(messages.theme)}</legend>
      {THEMES.map((option) => (
        <label key={option.value} className="settings-radio">
          <input
            type="radio"
            name="theme"
            value={option.value}
            checked={theme === option.value}
            onChange={() => choose(option.value)}
          />
          <span>{t(option.label)}</span>
        </label>
      ))}
      <p className="hint">{t(messages.themeHint)}</p>
    </fieldset>
  );
}

export function SettingsScreen() {
  return (
    <main className="settings-screen">
      <h1>{t(messages.title)}</h1>
      <LanguageChoice />
      <DeviceNameForm />
      <PolicyChoice />
      <ThemeChoiceForm />
    </main>
  );
}

export default SettingsScreen;
