package org.zhanaozen.kiosk.frame;

import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Staff PIN hashes for tests at the weakest strength {@link PinHash#parse} accepts: the real strength makes every
 * PIN check take a few hundred milliseconds, and the tests that enter PINs do it dozens of times.
 */
public final class TestPins {

    private static final int ITERATIONS = 10_000;
    private static final byte[] SALT = "test-salt-16byte".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private TestPins() {
    }

    /** The hash of this PIN, as a settings file would hold it. */
    public static PinHash hash(String pin) {
        PBEKeySpec spec = new PBEKeySpec(pin.toCharArray(), SALT, ITERATIONS, 256);
        try {
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            Base64.Encoder base64 = Base64.getEncoder();
            return PinHash.parse(PinHash.SCHEME + "$" + ITERATIONS + "$" + base64.encodeToString(SALT) + "$"
                    + base64.encodeToString(hash));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
