import { useDoorSetupStore } from './door-setup-store';
import { defineMessages, t } from '../../lib/i18n';

const messages = defineMessages({
  defaultNote: {
    id: 'vip.defaultNote',
    defaultMessage: 'VIP lane',
    description: 'The note sent with every VIP-lane scan unless staff change it',
  },
  switch: { id: 'vip.switch', defaultMessage: 'VIP lane' },
  on: { id: 'vip.on', defaultMessage: 'VIP lane on: every scan at this door is let in before doors open.' },
  note: { id: 'vip.note', defaultMessage: 'VIP lane note' },
});

/**
 * The VIP lane of a door: while on, every scan is sent with override (doors-open check skipped, nothing
 * else) and this note, which the audit log keeps.
 */
export function VipLaneSwitch({ door }: { door: string }) {
  const lane = useDoorSetupStore((state) => state.vipLanes[door] ?? null);
  const setVipLane = useDoorSetupStore((state) => state.setVipLane);
  return (
    <div className={lane ? 'vip-lane vip-lane--on' : 'vip-lane'}>
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={lane !== null}
          onChange={(e) => setVipLane(door, e.target.checked ? { note: t(messages.defaultNote) } : null)}
        />
        {t(messages.switch)}
      </label>
      {lane && (
        <>
          <p className="vip-lane-badge">{t(messages.on)}</p>
          <label>
            {t(messages.note)}
            <input
              value={lane.note}
              maxLength={1000}
              onChange={(e) => setVipLane(door, { note: e.target.value })}
            />
          </label>
        </>
      )}
    </div>
  );
}
