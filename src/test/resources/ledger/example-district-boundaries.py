#!/usr/bin/env python3
"""Writes example-district/areas.geojson: a hand-drawn sketch of the example district's areas.

Independent of the service's code. The four streets lie west to east; each street's communities
1-3 form its southern row and 4-5 its northern row (as the organizations' coordinates show). The
cuts between streets sit midway between neighbouring streets' organizations; rows split the
street's width evenly. Streets are the union of their communities' rectangles, the district the
union of its streets. Run from this folder: python3 example-district-boundaries.py
"""
import json

SOUTH, MIDDLE, NORTH = 31.1930, 31.2035, 31.2200
CUTS = [121.4370, 121.4683, 121.4945, 121.5228, 121.5550]  # west edge, three cuts, east edge


def rectangle(west, south, east, north):
    return [[[west, south], [east, south], [east, north], [west, north], [west, south]]]


features = []


def feature(code, rings):
    features.append({"type": "Feature", "properties": {"code": code},
                     "geometry": {"type": "Polygon", "coordinates": rings}})


feature("310121000000", rectangle(CUTS[0], SOUTH, CUTS[-1], NORTH))
for s in range(4):
    west, east = CUTS[s], CUTS[s + 1]
    street = "3101210%02d000" % (s + 1)
    feature(street, rectangle(west, SOUTH, east, NORTH))
    for c in range(3):
        w = west + (east - west) * c / 3
        e = west + (east - west) * (c + 1) / 3
        feature(street[:9] + "%03d" % (c + 1), rectangle(round(w, 6), SOUTH, round(e, 6), MIDDLE))
    for c in range(2):
        w = west + (east - west) * c / 2
        e = west + (east - west) * (c + 1) / 2
        feature(street[:9] + "%03d" % (c + 4), rectangle(round(w, 6), MIDDLE, round(e, 6), NORTH))

with open("example-district/areas.geojson", "w", encoding="utf-8") as out:
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False, indent=1)
    out.write("\n")
