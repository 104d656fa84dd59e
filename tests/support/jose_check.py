#!/usr/bin/python3
"""Checks DaycareDesk's signed files with python3-jwcrypto, a JOSE implementation that shares no code with it.

  jose_check.py verify SIGNED JWK         prints the payload of a file the key signed; exit 1 if it does not verify
  jose_check.py sign PAYLOAD SIGNED JWK   signs PAYLOAD with a new Ed25519 key as DaycareDesk would; writes the
                                          flattened JWS to SIGNED and the public key, with name and credit code, to JWK
  jose_check.py thumbprint JWK            prints the key's RFC 7638 thumbprint
"""
import json
import sys

from jwcrypto import jwk, jws
from jwcrypto.common import json_encode

REPORT_TYPE = "daycaredesk-report+json"


def read(path):
    with open(path, "rb") as f:
        return f.read()


def verify(signed_path, jwk_path):
    key = jwk.JWK.from_json(read(jwk_path))
    token = jws.JWS()
    token.deserialize(read(signed_path).decode("ascii"), key=key, alg="EdDSA")
    header = token.jose_header
    if header.get("kid") != key.thumbprint() or header.get("typ") != REPORT_TYPE:
        sys.exit("unexpected protected header: %s" % json.dumps(header))
    sys.stdout.write(token.payload.decode("utf-8"))


def sign(payload_path, signed_path, jwk_path):
    key = jwk.JWK.generate(kty="OKP", crv="Ed25519")
    public = json.loads(key.export_public())
    public.update(name="jwcrypto 测试托育园", credit_code="52140400MJY000000X")
    with open(jwk_path, "w", encoding="utf-8") as f:
        json.dump(public, f, ensure_ascii=False)
    token = jws.JWS(read(payload_path))
    token.add_signature(key, None, json_encode({"alg": "EdDSA", "kid": key.thumbprint(), "typ": REPORT_TYPE}))
    with open(signed_path, "w", encoding="ascii") as f:
        f.write(token.serialize())


def thumbprint(jwk_path):
    print(jwk.JWK.from_json(read(jwk_path)).thumbprint())


COMMANDS = {"verify": (verify, 2), "sign": (sign, 3), "thumbprint": (thumbprint, 1)}

if __name__ == "__main__":
    command = COMMANDS.get(sys.argv[1] if len(sys.argv) > 1 else "")
    if not command or len(sys.argv) != command[1] + 2:
        sys.exit(__doc__)
    command[0](*sys.argv[2:])
