import { useDoorSetupStore } from './door-setup-store';

const DEFAULT_NOTE = 'VIP lane';

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
          onChange={(e) => setVipLane(door, e.target.checked ? { note: DEFAULT_NOTE } : null)}
        />
        VIP lane
      </label>
      {lane && (
        <>
          <p className="vip-lane-badge">VIP lane on: every scan at this door is let in before doors open.</p>
          <label>
            VIP lane note
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
