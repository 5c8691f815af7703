import Foundation

extension Array where Element: Sendable {
    /// `map` worked out on every core, `chunkSize` elements at a time, the results in the same order:
    /// for work over thousands of independent elements (a large pack's records, items or payload
    /// files) that one core would otherwise do while the other waits. The transform must not depend
    /// on the order in which elements are done; one that can fail returns a `Result`.
    func concurrentMap<Output>(chunkSize: Int = 1, _ transform: @Sendable (Element) -> Output) -> [Output] {
        guard count > 1 else { return map(transform) }
        let chunks = (count + chunkSize - 1) / chunkSize
        let slots = ConcurrentSlots<Output>(count: count)
        withoutActuallyEscaping(transform) { transform in
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                for index in (chunk * chunkSize)..<Swift.min(count, (chunk + 1) * chunkSize) {
                    slots.put(transform(self[index]), at: index)
                }
            }
        }
        return slots.results
    }
}

/// The results of `concurrentMap`, each put in its element's place by whichever thread worked it out.
private final class ConcurrentSlots<Output>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Output?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func put(_ output: Output, at index: Int) {
        lock.withLock { slots[index] = output }
    }

    /// Every result in order (each slot is filled before `concurrentPerform` returns).
    var results: [Output] {
        lock.withLock { slots.map { $0! } }
    }
}
