// recharts reads d3-scale as a whole namespace (`import * as d3Scales`) and picks a scale by name, which
// keeps every scale in the bundle: the time scales alone bring d3-time and d3-time-format (8 KB gzip of
// the charts chunk). The charts here use recharts' automatic scales only, and those are these three (a
// number axis is linear; a category axis is a band with bars, a point without), so vite.config.ts points
// recharts' import here. A chart that sets `scale` to another d3 scale must export it here too: a name
// missing from this module makes recharts fall back to a point scale.
export { scaleBand, scaleLinear, scalePoint } from 'd3-scale';
