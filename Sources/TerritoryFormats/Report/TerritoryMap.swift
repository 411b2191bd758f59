import Foundation

/// The territory as one inline SVG: every hospital as a dot in the colour of its highest zone (the highest
/// drawn last, so on top), the reps' bases as squares (labelled with the rep id up to `labelledBases`), in a
/// `MapProjection` of them all, with a scale bar. The view box is as tall as the territory's shape needs.
struct TerritoryMap: Sendable {
    /// A dot or square on the map.
    struct Place: Sendable, Hashable {
        /// The label of a base (the rep id); unused for hospitals.
        var label: String
        /// The tooltip (escaped when written).
        var title: String
        /// WGS-84 degrees.
        var latitude: Double
        /// WGS-84 degrees.
        var longitude: Double
        /// Fill as a CSS colour (already safe: produced by `HTML.color`).
        var fill: String
    }

    /// Hospitals in drawing order (lowest zone first).
    var hospitals: [Place]
    /// The reps' bases.
    var bases: [Place]
    /// Width of the view box.
    var width = 720.0
    /// Margin kept free around the points.
    var padding = 14.0
    /// Bases are labelled with their rep id when there are at most this many.
    static let labelledBases = 40

    /// Every place, hospitals then bases.
    var places: [(latitude: Double, longitude: Double)] { (hospitals + bases).map { ($0.latitude, $0.longitude) } }

    /// The view box height: the territory's north–south to east–west ratio, kept between 260 and 560.
    var height: Double {
        let all = places
        guard let minLat = all.map(\.latitude).min(), let maxLat = all.map(\.latitude).max(),
            let minLon = all.map(\.longitude).min(), let maxLon = all.map(\.longitude).max()
        else { return 260 }
        let spanX = (maxLon - minLon) * cos((minLat + maxLat) / 2 * .pi / 180)
        let spanY = maxLat - minLat
        guard spanX > 0 else { return 560 }
        return min(560, max(260, ((width - 2 * padding) * spanY / spanX + 2 * padding).rounded()))
    }

    /// The `<svg>` element, with `label` (escaped) as its accessible name; empty when there is nothing to draw.
    func svg(label: String) -> String {
        guard !places.isEmpty else { return "" }
        let height = height
        let projection = MapProjection(places, width: width, height: height, padding: padding, minimumSpan: 0.01)
        let n = HTML.svgNumber
        var out = "<svg class=\"territory-map\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(h(label))\">"
        for p in hospitals {
            let (x, y) = projection.point(latitude: p.latitude, longitude: p.longitude)
            out +=
                "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"4\" fill=\"\(p.fill)\" stroke=\"#fff\" stroke-width=\"0.8\">"
                + "<title>\(h(p.title))</title></circle>"
        }
        for b in bases {
            let (x, y) = projection.point(latitude: b.latitude, longitude: b.longitude)
            out += "<rect x=\"\(n(x - 3.5))\" y=\"\(n(y - 3.5))\" width=\"7\" height=\"7\" fill=\"#1f2933\"><title>\(h(b.title))</title></rect>"
            if bases.count <= Self.labelledBases {
                out +=
                    "<text x=\"\(n(x + 6))\" y=\"\(n(y + 3))\" font-size=\"9\" fill=\"#1f2933\" stroke=\"#fbfcfd\" stroke-width=\"2.5\""
                    + " paint-order=\"stroke\">\(h(b.label))</text>"
            }
        }
        let bar = projection.scaleBar(maxUnits: width * 0.2)
        let y = height - 6
        out +=
            "<line x1=\"6\" y1=\"\(n(y))\" x2=\"\(n(6 + bar.units))\" y2=\"\(n(y))\" stroke=\"#66717d\" stroke-width=\"1.5\"/>"
            + "<text x=\"\(n(8 + bar.units))\" y=\"\(n(y + 3))\" font-size=\"9\" fill=\"#66717d\">\(MapProjection.distanceLabel(bar.km))</text>"
        return out + "</svg>"
    }
}
