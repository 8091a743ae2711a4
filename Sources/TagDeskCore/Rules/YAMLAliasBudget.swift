import CYaml

/// Counts how many nodes a YAML text would become once every alias is expanded, from libyaml's event
/// stream and before any tree is built, so an alias bomb is refused in milliseconds.
///
/// Syntax errors are not reported here: the caller's full parse reports them with their position.
enum YAMLAliasBudget {
    /// The most nodes a file may expand to; far beyond any rule, tag or decisions file a person writes.
    static let nodeLimit = 200_000

    /// Where the expansion went over the limit, if it did.
    struct Overrun: Error {
        let line: Int
        let column: Int
        let nodes: Int
    }

    static func check(_ source: String) -> Overrun? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        let bytes = Array(source.utf8)
        return bytes.withUnsafeBufferPointer { buffer -> Overrun? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var sizes: [String: Int] = [:]
            // Open collections: their anchor and the expanded size of what they hold so far.
            var open: [(anchor: String?, size: Int)] = []
            var total = 0
            func add(_ size: Int, anchor: String?) {
                if let anchor { sizes[anchor] = size }
                if open.isEmpty { total += size } else { open[open.count - 1].size += size }
            }
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                let mark = event.start_mark
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return nil
                case YAML_SCALAR_EVENT:
                    add(1, anchor: name(event.data.scalar.anchor))
                case YAML_SEQUENCE_START_EVENT:
                    open.append((name(event.data.sequence_start.anchor), 1))
                case YAML_MAPPING_START_EVENT:
                    open.append((name(event.data.mapping_start.anchor), 1))
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    if let closed = open.popLast() { add(closed.size, anchor: closed.anchor) }
                case YAML_ALIAS_EVENT:
                    add(name(event.data.alias.anchor).flatMap { sizes[$0] } ?? 1, anchor: nil)
                default:
                    break
                }
                let expanded = total + open.reduce(0) { $0 + $1.size }
                if expanded > nodeLimit {
                    return Overrun(line: Int(mark.line) + 1, column: Int(mark.column) + 1, nodes: expanded)
                }
            }
        }
    }

    private static func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }
}
