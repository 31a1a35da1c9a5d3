import { useEffect, useState } from 'react';
import { apiGet } from '../../api/client.ts';
import type { UnitList, UnitRef } from '../../api/types.ts';
import { UnitName } from '../../components/names.tsx';

// Province codes ("19") named as users know them ("Thái Nguyên"). The 34 provinces are asked once per
// page load (a public read) and shared by every list and detail.

let provinces: Promise<ReadonlyMap<string, UnitRef>> | null = null;

function loadProvinces(): Promise<ReadonlyMap<string, UnitRef>> {
  provinces ??= apiGet<UnitList>('/api/units?level=province&limit=100').then(
    (list) => new Map(list.items.map((u) => [u.code, u])),
    () => {
      // Codes alone still say it; a later page may try again.
      provinces = null;
      return new Map();
    },
  );
  return provinces;
}

export function useProvinces(): ReadonlyMap<string, UnitRef> {
  const [map, setMap] = useState<ReadonlyMap<string, UnitRef>>(new Map());
  useEffect(() => {
    let live = true;
    void loadProvinces().then((m) => {
      if (live) setMap(m);
    });
    return () => {
      live = false;
    };
  }, []);
  return map;
}

/** "Thái Nguyên (19), Hà Nội (01)"; a code the list lacks stays a code. */
export function ProvinceNames({ codes }: { codes: readonly string[] }) {
  const map = useProvinces();
  return (
    <>
      {codes.map((code, i) => {
        const unit = map.get(code);
        return (
          <span key={code}>
            {i > 0 ? ', ' : null}
            {unit ? (
              <>
                <UnitName unit={{ fullName: unit.name, nameEn: unit.nameEn }} /> ({code})
              </>
            ) : (
              code
            )}
          </span>
        );
      })}
    </>
  );
}
