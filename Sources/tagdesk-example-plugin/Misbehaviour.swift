import Foundation

/// What the example plugin is told to do wrong, from its arguments, so that one executable serves every test of
/// TagDesk's failure handling: `--crash-on ID`, `--hang-on ID`, `--garbage-on ID`, `--wrong-id-on ID`,
/// `--error-on ID`, `--undeclared-label-on ID`, `--unseen-line-on ID`, `--flood-stderr-on ID`, `--garbage-hello`; and `--version V`
/// (or `TAGDESK_EXAMPLE_VERSION`) for the version it announces, `--record FILE` to append every request it reads.
struct Misbehaviour {
    var crashOn: Set<String> = []
    var hangOn: Set<String> = []
    var garbageOn: Set<String> = []
    var wrongIDOn: Set<String> = []
    var errorOn: Set<String> = []
    var undeclaredLabelOn: Set<String> = []
    /// Tag a line past the article's end, which it was not sent.
    var unseenLineOn: Set<String> = []
    var floodStderrOn: Set<String> = []
    var garbageHello = false
    var version = ProcessInfo.processInfo.environment["TAGDESK_EXAMPLE_VERSION"] ?? "1.0.0"
    var record: String?

    struct UsageError: Error, CustomStringConvertible {
        let description: String
    }

    init(arguments: [String]) throws(UsageError) {
        var remaining = arguments[...]
        func value(_ flag: String) throws(UsageError) -> String {
            guard let next = remaining.popFirst() else { throw UsageError(description: "\(flag) needs a value") }
            return next
        }
        while let flag = remaining.popFirst() {
            switch flag {
            case "--crash-on": crashOn.insert(try value(flag))
            case "--hang-on": hangOn.insert(try value(flag))
            case "--garbage-on": garbageOn.insert(try value(flag))
            case "--wrong-id-on": wrongIDOn.insert(try value(flag))
            case "--error-on": errorOn.insert(try value(flag))
            case "--undeclared-label-on": undeclaredLabelOn.insert(try value(flag))
            case "--unseen-line-on": unseenLineOn.insert(try value(flag))
            case "--flood-stderr-on": floodStderrOn.insert(try value(flag))
            case "--garbage-hello": garbageHello = true
            case "--version": version = try value(flag)
            case "--record": record = try value(flag)
            default: throw UsageError(description: "unknown argument '\(flag)'")
            }
        }
    }
}
