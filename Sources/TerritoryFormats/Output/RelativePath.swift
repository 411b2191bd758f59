import Foundation

/// Paths as files record them for later runs.
package enum RelativePath {
    /// `target` as seen from `folder` (`../../territories/demo`), both taken as absolute, standardized
    /// paths; "." for the folder itself. Paths in different trees meet at "/", so the result is
    /// always relative.
    package static func of(_ target: URL, from folder: URL) -> String {
        let to = target.standardizedFileURL.pathComponents.filter { $0 != "/" }
        let from = folder.standardizedFileURL.pathComponents.filter { $0 != "/" }
        var common = 0
        while common < to.count && common < from.count && to[common] == from[common] { common += 1 }
        let parts = Array(repeating: "..", count: from.count - common) + to[common...]
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }
}
