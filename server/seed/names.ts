/** Name parts for demo customers, from many places so lists and searches look like a real venue's. */
export const FIRST_NAMES = [
  'Emma',
  'Liam',
  'Sophie',
  'Noah',
  'Julia',
  'Daan',
  'Mila',
  'Sem',
  'Tess',
  'Lucas',
  'Anna',
  'Finn',
  'Sara',
  'Levi',
  'Zoë',
  'Mohammed',
  'Fatima',
  'Yusuf',
  'Aisha',
  'Wei',
  'Mei',
  'Hiroshi',
  'Yuki',
  'Priya',
  'Arjun',
  'Olga',
  'Dmitri',
  'Chiara',
  'Matteo',
  'Lucía',
  'Mateo',
  'Siobhan',
  'Declan',
  'Ingrid',
  'Lars',
  'Amara',
  'Kwame',
  'Nadia',
  'Tomás',
  'Élodie',
  'Björn',
  'Grace',
  'Oliver',
  'Charlotte',
  'Jan',
  'Fleur',
  'Ruben',
];

export const LAST_NAMES = [
  'de Jong',
  'Jansen',
  'de Vries',
  'van den Berg',
  'van Dijk',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'Mulder',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'Dekker',
  'El Amrani',
  'Yılmaz',
  'Kaya',
  'Nguyen',
  'Chen',
  'Wang',
  'Tanaka',
  'Sato',
  'Patel',
  'Sharma',
  'Ivanova',
  'Petrov',
  'Rossi',
  'Bianchi',
  'García',
  'Fernández',
  "O'Brien",
  'Murphy',
  'Andersson',
  'Nilsson',
  'Mensah',
  'Okafor',
  'Novak',
  'Kowalski',
  'Dubois',
  'Müller',
  'Schmidt',
  'Smith',
  'Brown',
  'Wilson',
  'Taylor',
];

export const EMAIL_DOMAINS = ['example.com', 'example.org', 'example.net', 'mail.example'];

/** A small deterministic PRNG (mulberry32), so every seed produces the same demo data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, list: readonly T[]): T {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** "Zoë van den Berg" and "zoe.vandenberg@example.org". */
export function customer(random: () => number): { name: string; email: string } {
  const first = pick(random, FIRST_NAMES);
  const last = pick(random, LAST_NAMES);
  const local = `${first}.${last}`
    .normalize('NFD')
    .replace(/[^A-Za-z.]/g, '')
    .toLowerCase();
  return { name: `${first} ${last}`, email: `${local}@${pick(random, EMAIL_DOMAINS)}` };
}
