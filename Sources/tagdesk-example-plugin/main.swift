import Foundation

// The example external classifier of TagDesk: reads the protocol's JSON lines on standard input and answers each
// on standard output (see the README, "External plugins"). Flags make it misbehave for tests (`Misbehaviour`).

/// Writes one JSON object as one line and flushes it.
func send(_ object: [String: Any]) {
    guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return }
    FileHandle.standardOutput.write(data + Data("\n".utf8))
}

/// What the arguments ask for; a wrong argument ends the program with status 2.
func readArguments() -> Misbehaviour {
    do {
        return try Misbehaviour(arguments: Array(CommandLine.arguments.dropFirst()))
    } catch {
        FileHandle.standardError.write(Data("tagdesk-example-plugin: \(error)\n".utf8))
        exit(2)
    }
}

/// Writes text that is not the protocol, as a broken plugin would.
func sendGarbage(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
}

let misbehaviour = readArguments()
let record = misbehaviour.record.flatMap { path -> FileHandle? in
    if !FileManager.default.fileExists(atPath: path) { _ = FileManager.default.createFile(atPath: path, contents: nil) }
    let handle = FileHandle(forWritingAtPath: path)
    handle?.seekToEndOfFile()
    return handle
}
let tagger = ExampleTagger()

while let line = readLine(strippingNewline: true) {
    guard let message = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any],
          let type = message["type"] as? String else {
        FileHandle.standardError.write(Data("tagdesk-example-plugin: not a JSON object: \(line.prefix(80))\n".utf8))
        exit(3)
    }
    switch type {
    case "hello":
        if misbehaviour.garbageHello {
            sendGarbage("hello? this is not JSON")
            continue
        }
        send(["type": "hello", "protocol": 1, "name": "tagdesk-example-plugin", "version": misbehaviour.version,
              "capabilities": ["labels": ["question", "quote"]]])
    case "classify":
        record?.write(Data((line + "\n").utf8))
        let id = message["id"] as? String ?? ""
        if misbehaviour.crashOn.contains(id) {
            FileHandle.standardError.write(Data("tagdesk-example-plugin: crashing on \(id) as asked\n".utf8))
            exit(70)
        }
        if misbehaviour.hangOn.contains(id) {
            while true { sleep(60) }
        }
        if misbehaviour.garbageOn.contains(id) {
            sendGarbage("<html>garbage for \(id)</html>")
            continue
        }
        if misbehaviour.floodStderrOn.contains(id) {
            let chunk = Data(String(repeating: "flood ", count: 10_000).utf8)
            while true { FileHandle.standardError.write(chunk) }
        }
        if misbehaviour.errorOn.contains(id) {
            send(["type": "error", "id": id, "message": "cannot classify \(id), as asked"])
            continue
        }
        let lines = (message["lines"] as? [[String: Any]] ?? []).compactMap { line -> (number: Int, text: String)? in
            guard let number = line["n"] as? Int, let text = line["text"] as? String else { return nil }
            return (number, text)
        }
        var tags = tagger.tags(for: lines)
        if misbehaviour.undeclaredLabelOn.contains(id), let first = lines.first {
            tags.append(["label": "not-declared", "score": 1.0, "lines": [first.number]])
        }
        if misbehaviour.unseenLineOn.contains(id), let last = lines.last {
            tags.append(["label": "question", "score": 1.0, "lines": [last.number + 1000]])
        }
        send(["type": "tags", "id": misbehaviour.wrongIDOn.contains(id) ? id + "-wrong" : id, "tags": tags])
    case "shutdown":
        exit(0)
    default:
        send(["type": "error", "id": message["id"] as? String ?? "", "message": "unknown message type '\(type)'"])
    }
}
