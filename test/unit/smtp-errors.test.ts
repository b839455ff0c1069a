import { describe, expect, it } from "@jest/globals";
import { classifySmtpError } from "../../server/mail/send.ts";

describe("SMTP error classification", () => {
  it.each<[string, unknown, { permanent: boolean; reason: string }]>([
    [
      "a 550 reply is permanent, with the server's words",
      { responseCode: 550, response: "550 5.1.1 <x@example.fr>: user unknown", code: "EENVELOPE" },
      { permanent: true, reason: "550 5.1.1 <x@example.fr>: user unknown" },
    ],
    [
      "a 421 reply is transient",
      { responseCode: 421, response: "421 4.7.0 try again later" },
      { permanent: false, reason: "421 4.7.0 try again later" },
    ],
    [
      "a 452 (mailbox full for now) is transient",
      { responseCode: 452, response: "452 4.2.2 mailbox full" },
      { permanent: false, reason: "452 4.2.2 mailbox full" },
    ],
    [
      "a dropped connection is transient and names its code",
      { code: "ECONNRESET", message: "Connection closed unexpectedly" },
      { permanent: false, reason: "ECONNRESET: Connection closed unexpectedly" },
    ],
    [
      "a timeout is transient",
      { code: "ETIMEDOUT", message: "Greeting never received" },
      { permanent: false, reason: "ETIMEDOUT: Greeting never received" },
    ],
    ["anything else is transient, as text", "boom", { permanent: false, reason: "boom" }],
  ])("%s", (_case, error, expected) => {
    expect(classifySmtpError(error)).toEqual(expected);
  });

  it("keeps at most 500 characters of a long reply", () => {
    const { reason } = classifySmtpError({ responseCode: 554, response: `554 ${"x".repeat(1000)}` });
    expect(reason).toHaveLength(500);
  });
});
