/**
 * Which event and door this device checks in for, the doors used before, and the VIP lanes. Client state,
 * persisted through local-settings so a reload (or a cold start offline) comes back on the same door.
 */
import { create } from 'zustand';
import { parsers, readSetting, writeSetting } from '../../lib/local-settings';

const KEY = 'door-setup';
const MAX_RECENT_DOORS = 8;

export interface VipLane {
  note: string;
}

interface DoorSetup {
  eventId: string | null;
  door: string | null;
  recentDoors: string[];
  /** VIP lanes by door name: while on, every scan at that door is sent with override and this note. */
  vipLanes: Record<string, VipLane>;
}

interface DoorSetupState extends DoorSetup {
  /**
   * Set while staff pick another event or door: the current one stays until a new one is chosen, so
   * Cancel goes straight back to scanning. Not persisted: a reload returns to the door in use.
   */
  changing: 'event' | 'door' | null;
  chooseEvent: (eventId: string) => void;
  chooseDoor: (door: string) => void;
  changeEvent: () => void;
  changeDoor: () => void;
  cancelChange: () => void;
  setVipLane: (door: string, lane: VipLane | null) => void;
}

function parseVipLanes(raw: unknown): Record<string, VipLane> {
  const lanes: Record<string, VipLane> = {};
  if (!raw || typeof raw !== 'object') return lanes;
  for (const [door, lane] of Object.entries(raw)) {
    const note: unknown = lane && typeof lane === 'object' && 'note' in lane ? lane.note : undefined;
    if (typeof note === 'string') lanes[door] = { note };
  }
  return lanes;
}

function parseSetup(raw: unknown): DoorSetup | null {
  if (!raw || typeof raw !== 'object') return null;
  const read = (key: string): unknown =>
    key in raw ? Object.getOwnPropertyDescriptor(raw, key)?.value : null;
  return {
    eventId: parsers.string(read('eventId')),
    door: parsers.string(read('door')),
    recentDoors: parsers.stringList(read('recentDoors')) ?? [],
    vipLanes: parseVipLanes(read('vipLanes')),
  };
}

const initial: DoorSetup = readSetting(KEY, parseSetup) ?? {
  eventId: null,
  door: null,
  recentDoors: [],
  vipLanes: {},
};

export const useDoorSetupStore = create<DoorSetupState>((set, get) => {
  function save(patch: Partial<DoorSetup>) {
    set(patch);
    const { eventId, door, recentDoors, vipLanes } = get();
    writeSetting(KEY, { eventId, door, recentDoors, vipLanes });
  }
  return {
    ...initial,
    changing: null,
    chooseEvent: (eventId) => {
      set({ changing: null });
      save({ eventId });
    },
    chooseDoor: (door) => {
      const recentDoors = [door, ...get().recentDoors.filter((d) => d !== door)].slice(0, MAX_RECENT_DOORS);
      set({ changing: null });
      save({ door, recentDoors });
    },
    changeEvent: () => set({ changing: 'event' }),
    changeDoor: () => set({ changing: 'door' }),
    cancelChange: () => set({ changing: null }),
    setVipLane: (door, lane) => {
      const vipLanes = { ...get().vipLanes };
      if (lane) vipLanes[door] = lane;
      else delete vipLanes[door];
      save({ vipLanes });
    },
  };
});
