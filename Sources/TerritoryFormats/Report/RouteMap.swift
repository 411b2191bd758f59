import Foundation

/// One day's route as a small inline SVG: the rep's base (square) and the hospitals visited (numbered
/// circles in their zone's colour, in visiting order; the names are in the key the report prints below the
/// map) in a `MapProjection` fitted to the day's bounding box, legs from and back to the base dashed,
/// arrowheads at mid-leg, and a scale bar.
struct RouteMap: Sendable {
    /// Where the day starts and ends.
    var base: MapPlace
    /// The stops in visiting order.
    var stops: [MapPlace]
    /// Width of the view box.
    var width = 224.0
    /// Height of the view box.
    var height = 150.0
    /// Margin kept free around the points.
    var padding = 16.0

    /// The smallest span drawn, in degrees (≈ 220 m), so one or two close points do not zoom without bound.
    static let minimumSpan = 0.002
    /// Radius of a stop's numbered marker, in view-box units.
    static let markerRadius = 7.0

    /// The fitted projection of base and stops.
    var projection: MapProjection {
        MapProjection(
            ([base] + stops).map { (latitude: $0.latitude, longitude: $0.longitude) }, width: width, height: height, padding: padding,
            minimumSpan: Self.minimumSpan)
    }

    /// The fitted projection: view-box x/y of base then stops, and kilometres per view-box unit.
    func projected() -> (points: [(x: Double, y: Double)], kmPerUnit: Double) {
        let projection = projection
        return (([base] + stops).map { projection.point(latitude: $0.latitude, longitude: $0.longitude) }, projection.kmPerUnit)
    }

    /// Where each stop's numbered marker is drawn: on its point, or, when that would cover the base or an
    /// earlier marker (two hospitals next door, one hospital twice a day), the first free place on rings
    /// around the point (up first, clockwise), joined to it by a leader line. Stops in order; deterministic.
    func markerPositions(_ points: [(x: Double, y: Double)]) -> [(x: Double, y: Double)] {
        let r = Self.markerRadius
        var taken = [points[0]]
        var out: [(x: Double, y: Double)] = []
        func free(_ p: (x: Double, y: Double)) -> Bool {
            p.x >= r + 1 && p.x <= width - r - 1 && p.y >= r + 1 && p.y <= height - r - 1
                && taken.allSatisfy { (($0.x - p.x) * ($0.x - p.x) + ($0.y - p.y) * ($0.y - p.y)).squareRoot() >= 2 * r + 1 }
        }
        for p in points.dropFirst() {
            var chosen = p
            if !free(p) {
                let rings = [16.0, 30.0, 44.0].flatMap { radius in
                    (0..<12).map { k in
                        let angle = (-90 + 30 * Double(k)) * .pi / 180
                        return (x: p.x + radius * cos(angle), y: p.y + radius * sin(angle))
                    }
                }
                chosen = rings.first(where: free) ?? p
            }
            taken.append(chosen)
            out.append(chosen)
        }
        return out
    }

    /// The `<svg>` element, with `label` (escaped) as its accessible name.
    func svg(label: String) -> String {
        let projection = projection
        let p = projected().points
        let n = HTML.svgNumber
        var out = "<svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(h(label))\">"
        // Legs: base → stop 1 → … → stop k → base.
        let order = [0] + Array(1..<(stops.count + 1)) + [0]
        for (a, b) in zip(order, order.dropFirst()) {
            let (x1, y1) = p[a]
            let (x2, y2) = p[b]
            let fromBase = a == 0 || b == 0
            out +=
                "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(fromBase ? "#8fa3b8" : "#2f5d8a")\""
                + " stroke-width=\"1.6\"\(fromBase ? " stroke-dasharray=\"4 3\"" : "")/>"
            let length = ((x2 - x1) * (x2 - x1) + (y2 - y1) * (y2 - y1)).squareRoot()
            if length > 18 {
                let angle = atan2(y2 - y1, x2 - x1) * 180 / .pi
                out +=
                    "<path d=\"M-4,-3 L3,0 L-4,3 Z\" fill=\"\(fromBase ? "#8fa3b8" : "#2f5d8a")\""
                    + " transform=\"translate(\(n((x1 + x2) / 2)),\(n((y1 + y2) / 2))) rotate(\(n(angle)))\"/>"
            }
        }
        // Base.
        out += "<rect x=\"\(n(p[0].x - 5))\" y=\"\(n(p[0].y - 5))\" width=\"10\" height=\"10\" fill=\"#1f2933\"><title>\(h(base.name))</title></rect>"
        // Stops, numbered (a hospital visited twice in a day gets both numbers); the names are in the key below
        // the map. A marker moved off its point is joined to it by a leader line.
        let markers = markerPositions(p)
        for (k, stop) in stops.enumerated() {
            let (x, y) = p[k + 1]
            let (mx, my) = markers[k]
            out += "<g><title>\(k + 1). \(h(stop.name))</title>"
            if mx != x || my != y {
                out +=
                    "<line x1=\"\(n(x))\" y1=\"\(n(y))\" x2=\"\(n(mx))\" y2=\"\(n(my))\" stroke=\"#66717d\" stroke-width=\"0.8\"/>"
                    + "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"2.2\" fill=\"\(stop.fill)\" stroke=\"#1f2933\" stroke-width=\"0.6\"/>"
            }
            out +=
                "<circle cx=\"\(n(mx))\" cy=\"\(n(my))\" r=\"7\" fill=\"\(stop.fill)\" stroke=\"#fff\" stroke-width=\"1.2\"/>"
                + "<text x=\"\(n(mx))\" y=\"\(n(my + 3))\" font-size=\"\(k + 1 < 10 ? "9" : "8")\" font-weight=\"700\" text-anchor=\"middle\" fill=\"#fff\">\(k + 1)</text></g>"
        }
        // Scale bar, bottom left.
        out += projection.scaleBar(maxUnits: width * 0.3, bottom: height, fontSize: 7)
        return out + "</svg>"
    }
}
