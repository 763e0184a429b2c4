/** Registry entries the matcher's and the mention index's tests share: the real texts' spellings. */
import type { RegistryEntry } from '../content/registry.ts';

export const tokayev: RegistryEntry = {
  id: 'tokayev',
  name: 'Kassym-Jomart Tokayev',
  spellings: ['Tokayev', 'Tokaev', 'Kasym-Žomart', 'Kassym-Jomart'],
};
export const lukashenko: RegistryEntry = {
  id: 'lukashenko',
  name: 'Alexander Lukashenko',
  spellings: ['Lukashenka', 'Alyaksandr Lukashenka', 'Lukashenko', 'Lukasenko'],
};
export const putin: RegistryEntry = { id: 'putin', name: 'Vladimir Putin', spellings: ['Putin'] };
export const russia: RegistryEntry = { id: 'russia', name: 'Russia', spellings: ['Russian Federation', 'Moscow', 'the Kremlin'] };
export const carnegie: RegistryEntry = { id: 'carnegie', name: 'Carnegie Moscow Center', spellings: [] };
export const us: RegistryEntry = { id: 'us', name: 'United States', spellings: ['US', 'U.S.', 'America'] };
export const csto: RegistryEntry = { id: 'csto', name: 'Collective Security Treaty Organization', spellings: ['CSTO'] };
export const kyiv: RegistryEntry = { id: 'kyiv', name: 'Kyiv', spellings: ['Kiev'] };
export const astana: RegistryEntry = { id: 'astana', name: 'Astana', spellings: ['Nur-Sultan'] };
export const sanchez: RegistryEntry = { id: 'sanchez', name: 'Wilder Alejandro Sánchez', spellings: ['Sánchez'] };
export const kazakhstan: RegistryEntry = { id: 'kazakhstan', name: 'Kazakhstan', spellings: ['Kazakh'] };
export const all = [tokayev, lukashenko, putin, russia, carnegie, us, csto, kyiv, astana, sanchez, kazakhstan];
