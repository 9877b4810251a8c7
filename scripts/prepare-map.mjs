#!/usr/bin/env node
// Prepares the one map outline the dashboard draws: Indonesia and its neighbours from Natural
// Earth (1:50m, public domain, redistributed as TopoJSON by the world-atlas package), clipped to
// the region, simplified to what a ~1,000-pixel-wide national map can show, and rounded. The
// result is committed (src/assets/map/indonesia-region.json), so neither the build nor the page
// needs world-atlas, topojson-client or the network. Run again only to change the outline:
//
//   node scripts/prepare-map.mjs            writes the asset and prints its size
//   node scripts/prepare-map.mjs --check    exits 1 when the committed asset is out of date
//
// Natural Earth is in the public domain; see https://www.naturalearthdata.com/about/terms-of-use/.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = resolve(root, 'src/assets/map/indonesia-region.json');
const ATLAS = 'world-atlas/countries-50m.json';

/** Longitude/latitude box kept: wider than Indonesia so the map's margins show the neighbours. */
const BOX = { west: 88, east: 150, south: -22, north: 14 };
/** Indonesia's ISO 3166-1 numeric code, as world-atlas ids its countries. */
const INDONESIA_ID = '360';
/** Douglas–Peucker tolerance in degrees: 0.03° is under a pixel when Indonesia is 1,000 px wide. */
const TOLERANCE = 0.03;
/** Rings smaller than this (square degrees, ~25 km²) would be a speck of less than one pixel. */
const MIN_RING_AREA = 0.002;
/** Two decimals of a degree (~1 km) is finer than any pixel of the map. */
const DECIMALS = 2;
/**
 * d3-geo joins vertices with great-circle arcs; an edge the clip laid along the box's edge can be
 * tens of degrees long and would bow away from the parallel. Shorter pieces stay straight.
 */
const MAX_EDGE_DEGREES = 2;

const round = (value) => Math.round(value * 10 ** DECIMALS) / 10 ** DECIMALS;

/** Twice the signed planar area of a closed ring (lon/lat as x/y); its sign is the winding. */
function signedArea(ring) {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[i + 1];
    sum += x0 * y1 - x1 * y0;
  }
  return sum / 2;
}

/** Sutherland–Hodgman against one side of the box at a time; keeps the ring's winding. */
function clipRing(ring) {
  const sides = [
    { inside: ([x]) => x >= BOX.west, cut: (a, b) => cutAtX(a, b, BOX.west) },
    { inside: ([x]) => x <= BOX.east, cut: (a, b) => cutAtX(a, b, BOX.east) },
    { inside: ([, y]) => y >= BOX.south, cut: (a, b) => cutAtY(a, b, BOX.south) },
    { inside: ([, y]) => y <= BOX.north, cut: (a, b) => cutAtY(a, b, BOX.north) },
  ];
  let points = ring.slice(0, -1);
  for (const { inside, cut } of sides) {
    if (points.length === 0) break;
    const next = [];
    for (let i = 0; i < points.length; i++) {
      const current = points[i];
      const previous = points[(i + points.length - 1) % points.length];
      if (inside(current)) {
        if (!inside(previous)) next.push(cut(previous, current));
        next.push(current);
      } else if (inside(previous)) {
        next.push(cut(previous, current));
      }
    }
    points = next;
  }
  return points.length >= 3 ? [...points, points[0]] : [];
}

function cutAtX([x0, y0], [x1, y1], x) {
  return [x, y0 + ((y1 - y0) * (x - x0)) / (x1 - x0)];
}

function cutAtY([x0, y0], [x1, y1], y) {
  return [x0 + ((x1 - x0) * (y - y0)) / (y1 - y0), y];
}

/** Iterative Douglas–Peucker on an open polyline (no recursion: some coasts have 10k points). */
function simplifyLine(points, tolerance) {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = /** @type {number[]} */ (stack.pop());
    const [ax, ay] = points[first];
    const [bx, by] = points[last];
    const dx = bx - ax;
    const dy = by - ay;
    const length = Math.hypot(dx, dy);
    let farthest = -1;
    let farthestDistance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const [px, py] = points[i];
      const distance =
        length === 0
          ? Math.hypot(px - ax, py - ay)
          : Math.abs(dy * px - dx * py + bx * ay - by * ax) / length;
      if (distance > farthestDistance) {
        farthest = i;
        farthestDistance = distance;
      }
    }
    if (farthest !== -1) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** A closed ring is simplified as two halves, so its first point is not the only anchor. */
function simplifyRing(ring) {
  const middle = Math.floor((ring.length - 1) / 2);
  const firstHalf = simplifyLine(ring.slice(0, middle + 1), TOLERANCE);
  const secondHalf = simplifyLine(ring.slice(middle), TOLERANCE);
  return [...firstHalf, ...secondHalf.slice(1)];
}

function densify(ring) {
  const out = [];
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[i + 1];
    const steps = Math.ceil(Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0)) / MAX_EDGE_DEGREES);
    for (let step = 0; step < steps; step++)
      out.push([x0 + ((x1 - x0) * step) / steps, y0 + ((y1 - y0) * step) / steps]);
  }
  out.push(ring[ring.length - 1]);
  return out;
}

function roundRing(ring) {
  const out = [];
  for (const [x, y] of ring) {
    const point = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  return out;
}

/**
 * Clip, simplify, densify the clip edges, round. A ring that became a speck, or whose winding
 * flipped on the way (d3-geo would then fill the rest of the globe instead), is dropped.
 */
function prepareRing(ring, stats) {
  stats.pointsIn += ring.length;
  const clipped = clipRing(ring);
  if (clipped.length === 0) return null;
  const before = signedArea(clipped);
  if (Math.abs(before) < MIN_RING_AREA) return null;
  const prepared = roundRing(densify(simplifyRing(clipped)));
  if (prepared.length < 4) return null;
  const after = signedArea(prepared);
  if (Math.sign(after) !== Math.sign(before) || Math.abs(after) < MIN_RING_AREA / 2) {
    stats.flipped += 1;
    return null;
  }
  stats.pointsOut += prepared.length;
  return prepared;
}

function preparePolygons(geometry, stats) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const out = [];
  for (const polygon of polygons) {
    const [outer, ...holes] = polygon;
    const preparedOuter = prepareRing(outer, stats);
    if (!preparedOuter) continue;
    out.push([preparedOuter, ...holes.map((hole) => prepareRing(hole, stats)).filter(Boolean)]);
  }
  return out;
}

function intersectsBox(geometry) {
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  return rings.some((ring) =>
    ring.some(([x, y]) => x >= BOX.west && x <= BOX.east && y >= BOX.south && y <= BOX.north),
  );
}

function prepare() {
  const topology = JSON.parse(readFileSync(require.resolve(ATLAS), 'utf8'));
  const atlasVersion = JSON.parse(readFileSync(require.resolve('world-atlas/package.json'), 'utf8')).version;
  const countries = feature(topology, topology.objects.countries).features;
  const stats = { pointsIn: 0, pointsOut: 0, flipped: 0 };
  const features = [];
  for (const country of countries) {
    if (!country.geometry || !intersectsBox(country.geometry)) continue;
    const polygons = preparePolygons(country.geometry, stats);
    if (polygons.length === 0) continue;
    features.push({
      type: 'Feature',
      id: String(country.id ?? country.properties.name),
      properties: { name: country.properties.name, indonesia: country.id === INDONESIA_ID },
      geometry: { type: 'MultiPolygon', coordinates: polygons },
    });
  }
  // Indonesia first, then by id: a stable file, and the country of interest drawn last-on-top is
  // the component's choice, not the file's.
  features.sort(
    (a, b) => Number(b.properties.indonesia) - Number(a.properties.indonesia) || a.id.localeCompare(b.id),
  );
  if (!features.some((f) => f.properties.indonesia))
    throw new Error('Indonesia (id 360) is missing from the atlas');
  const collection = {
    type: 'FeatureCollection',
    source: `Natural Earth 1:50m admin-0 countries (public domain), via world-atlas ${atlasVersion}`,
    preparedBy: 'scripts/prepare-map.mjs',
    box: [BOX.west, BOX.south, BOX.east, BOX.north],
    features,
  };
  return { json: `${JSON.stringify(collection)}\n`, stats, count: features.length };
}

const { json, stats, count } = prepare();
const where = relative(root, OUTPUT);
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(OUTPUT, 'utf8');
  } catch {
    // A missing file is simply out of date.
  }
  if (current !== json) {
    console.error(`${where} is out of date: run node scripts/prepare-map.mjs`);
    process.exit(1);
  }
  console.log(`${where} is up to date`);
} else {
  mkdirSync(dirname(OUTPUT), { recursive: true });
  writeFileSync(OUTPUT, json);
  console.log(
    `${where}: ${count} countries, ${stats.pointsOut} of ${stats.pointsIn} points kept` +
      `${stats.flipped ? `, ${stats.flipped} rings dropped whose winding flipped` : ''}, ` +
      `${(Buffer.byteLength(json) / 1024).toFixed(1)} KiB`,
  );
}
