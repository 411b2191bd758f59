import Foundation

/// One region of the territory as an inline SVG: every hospital as a dot in the colour of its highest zone
/// (in the order given: the highest last, so on top), the reps' bases as squares beneath them (labelled with
/// the rep id up to `labelledBases`), in a `MapProjection` of them all, with a scale bar. The view box is as
/// tall as the region's shape needs. `regions` splits a territory of several cities into one map each.
struct TerritoryMap: Sendable {
    /// Hospitals in drawing order (lowest zone first).
    var hospitals: [MapPlace]
    /// The reps' bases.
    var bases: [MapPlace]
    /// Width of the view box.
    var width = 720.0
    /// Margin kept free around the points.
    var padding = 14.0
    /// Bases are labelled with their rep id when there are at most this many.
    static let labelledBases = 40

    /// Places farther apart than this, with no chain of nearer places between them, are in separate regions.
    static let regionGapKm = 50.0

    /// The places split into regions: places chained by gaps under `regionGapKm` (single linkage), each region
    /// the indices of its places in order, regions in the order of their first place.
    /// - Complexity: O(n²) distance checks for n places.
    static func regions(_ places: [(latitude: Double, longitude: Double)]) -> [[Int]] {
        var parent = Array(places.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i {
                parent[i] = parent[parent[i]]
                i = parent[i]
            }
            return i
        }
        for a in places.indices {
            for b in places.indices where b > a {
                let kx = cos((places[a].latitude + places[b].latitude) / 2 * .pi / 180)
                let dx = (places[a].longitude - places[b].longitude) * kx * MapProjection.kmPerDegree
                let dy = (places[a].latitude - places[b].latitude) * MapProjection.kmPerDegree
                if dx * dx + dy * dy < regionGapKm * regionGapKm {
                    let (ra, rb) = (root(a), root(b))
                    if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
                }
            }
        }
        var order: [Int: Int] = [:]
        var out: [[Int]] = []
        for i in places.indices {
            let r = root(i)
            if let k = order[r] {
                out[k].append(i)
            } else {
                order[r] = out.count
                out.append([i])
            }
        }
        return out
    }

    /// Every place, hospitals then bases.
    var places: [(latitude: Double, longitude: Double)] { (hospitals + bases).map { ($0.latitude, $0.longitude) } }

    /// The view box height: the region's north–south to east–west ratio, kept between 0.36 and 0.78 of the width.
    var height: Double {
        let all = places
        guard let minLat = all.map(\.latitude).min(), let maxLat = all.map(\.latitude).max(),
            let minLon = all.map(\.longitude).min(), let maxLon = all.map(\.longitude).max()
        else { return (width * 0.36).rounded() }
        let spanX = (maxLon - minLon) * cos((minLat + maxLat) / 2 * .pi / 180)
        let spanY = maxLat - minLat
        guard spanX > 0 else { return (width * 0.78).rounded() }
        return min(width * 0.78, max(width * 0.36, (width - 2 * padding) * spanY / spanX + 2 * padding)).rounded()
    }

    /// The `<svg>` element, with `label` (escaped) as its accessible name; empty when there is nothing to draw.
    func svg(label: String) -> String {
        guard !places.isEmpty else { return "" }
        let height = height
        let projection = MapProjection(places, width: width, height: height, padding: padding, minimumSpan: 0.01)
        let n = HTML.svgNumber
        var out = "<svg class=\"territory-map\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(h(label))\">"
        // Bases first, so no hospital hides under one; their labels last, above everything.
        for b in bases {
            let (x, y) = projection.point(latitude: b.latitude, longitude: b.longitude)
            out += "<rect x=\"\(n(x - 3.5))\" y=\"\(n(y - 3.5))\" width=\"7\" height=\"7\" fill=\"#1f2933\"><title>\(h(b.name))</title></rect>"
        }
        for p in hospitals {
            let (x, y) = projection.point(latitude: p.latitude, longitude: p.longitude)
            out +=
                "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"4\" fill=\"\(p.fill)\" stroke=\"#fff\" stroke-width=\"0.8\">"
                + "<title>\(h(p.name))</title></circle>"
        }
        if bases.count <= Self.labelledBases {
            // Each label right, left, above or below its square, wherever it covers no earlier label; a base with
            // no free place keeps only its tooltip, so labels never overlap.
            var taken: [(x: Double, y: Double, w: Double, h: Double)] = []
            for b in bases {
                let (x, y) = projection.point(latitude: b.latitude, longitude: b.longitude)
                let w = 5.6 * Double(b.label.count) + 2
                let spots = [(x + 5, y - 5), (x - 5 - w, y - 5), (x - w / 2, y - 15), (x - w / 2, y + 5)].map { (x: $0.0, y: $0.1, w: w, h: 10.0) }
                guard
                    let spot = spots.first(where: { r in
                        r.x >= 0 && r.x + r.w <= width && r.y >= 0 && r.y + r.h <= height
                            && !taken.contains { r.x < $0.x + $0.w && $0.x < r.x + r.w && r.y < $0.y + $0.h && $0.y < r.y + r.h }
                    })
                else { continue }
                taken.append(spot)
                out +=
                    "<text x=\"\(n(spot.x + 1))\" y=\"\(n(spot.y + 8))\" font-size=\"9\" fill=\"#1f2933\" stroke=\"#fbfcfd\" stroke-width=\"2.5\""
                    + " paint-order=\"stroke\">\(h(b.label))</text>"
            }
        }
        out += projection.scaleBar(maxUnits: width * 0.2, bottom: height, fontSize: 9)
        return out + "</svg>"
    }
}
