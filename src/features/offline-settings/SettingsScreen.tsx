/** Settings (/settings): the device's name (written into synced scans' notes) and the offline policy. */
import { useState, type FormEvent } from 'react';
import { readDeviceName, writeDeviceName } from '../../lib/scan-journal';
import { readOfflinePolicy, writeOfflinePolicy, type OfflinePolicy } from '../../lib/offline-policy';

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

export function SettingsScreen() {
  return (
    <main className="settings-screen">
      <h1>Door settings</h1>
      <DeviceNameForm />
      <PolicyChoice />
    </main>
  );
}

export default SettingsScreen;
