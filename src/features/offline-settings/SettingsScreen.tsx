/** Settings (/settings): the device's name (written into synced scans' notes), the offline policy, the theme. */
import { useState, type FormEvent } from 'react';
import { readDeviceName, writeDeviceName } from '../../lib/scan-journal';
import { readOfflinePolicy, writeOfflinePolicy, type OfflinePolicy } from '../../lib/offline-policy';
import { readTheme, writeTheme, type ThemeChoice } from '../../lib/theme';

const POLICIES: Array<{ value: OfflinePolicy; label: string; hint: string }> = [
  {
    value: 'admit',
    label: 'Admit and verify later',
    hint: 'Let the guest in; the scan is checked when the network returns.',
  },
  { value: 'hold', label: 'Hold the guest', hint: 'Ask the guest to wait until the ticket can be verified.' },
];

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
      <label htmlFor="device-name">Device name</label>
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
      <p className="hint">
        Written into the notes of every scan synced later, so the audit log shows which device.
      </p>
      <button type="submit">Save name</button>
      {saved && <p role="status">Saved.</p>}
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
      <legend>When a ticket cannot be verified (offline)</legend>
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
            <strong>{option.label}</strong> — {option.hint}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

const THEMES: Array<{ value: ThemeChoice; label: string }> = [
  { value: 'system', label: 'Same as this device (light by day, dark by night if it switches)' },
  { value: 'light', label: 'Light: for daylight doors' },
  { value: 'dark', label: 'Dark: for dim venues' },
];

function ThemeChoiceForm() {
  const [theme, setTheme] = useState(readTheme);
  const choose = (value: ThemeChoice) => {
    writeTheme(value);
    setTheme(value);
  };
  return (
    <fieldset className="settings-form">
      <legend>Theme</legend>
      {THEMES.map((option) => (
        <label key={option.value} className="settings-radio">
          <input
            type="radio"
            name="theme"
            value={option.value}
            checked={theme === option.value}
            onChange={() => choose(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
      <p className="hint">Verdict colours are the same in both themes.</p>
    </fieldset>
  );
}

export function SettingsScreen() {
  return (
    <main className="settings-screen">
      <h1>Door settings</h1>
      <DeviceNameForm />
      <PolicyChoice />
      <ThemeChoiceForm />
    </main>
  );
}

export default SettingsScreen;
