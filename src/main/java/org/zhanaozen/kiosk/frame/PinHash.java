package org.zhanaozen.kiosk.frame;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A staff PIN as the configuration stores it: salted PBKDF2-HMAC-SHA256, never the PIN itself.
 * Text form: {@code pbkdf2-sha256$ITERATIONS$SALT$HASH} (salt and hash in Base64), as {@code --hash-pin} prints it.
 */
public final class PinHash {

    static final String SCHEME = "pbkdf2-sha256";
    static final int ITERATIONS = 210_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private PinHash(int iterations, byte[] salt, byte[] hash) {
        this.iterations = iterations;
        this.salt = salt;
        this.hash = hash;
    }

    /** Whether a PIN is fit for the keypad: 4 to 12 digits. */
    public static boolean isAcceptablePin(CharSequence pin) {
        return pin.length() >= 4 && pin.length() <= 12 && pin.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Hashes a PIN with a fresh random salt. */
    public static PinHash of(char[] pin) {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        return new PinHash(ITERATIONS, salt, derive(pin, salt, ITERATIONS));
    }

    /**
     * Reads the text form.
     *
     * @throws IllegalArgumentException saying what is wrong with it, never repeating it
     */
    public static PinHash parse(String text) {
        String[] parts = text.trim().split("\\$");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            throw new IllegalArgumentException("not a PIN hash: expected " + SCHEME + "$ITERATIONS$SALT$HASH, as --hash-pin prints it");
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] hash = Base64.getDecoder().decode(parts[3]);
            if (iterations < 10_000 || salt.length < 8 || hash.length != HASH_BITS / 8) {
                throw new IllegalArgumentException("PIN hash too weak or cut short: make a new one with --hash-pin");
            }
            return new PinHash(iterations, salt, hash);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PIN hash has a bad iteration count: make a new one with --hash-pin");
        } catch (IllegalArgumentException e) {
            throw e.getMessage() != null && e.getMessage().startsWith("PIN hash") ? e
                    : new IllegalArgumentException("PIN hash is not valid Base64: make a new one with --hash-pin");
        }
    }

    public boolean matches(char[] pin) {
        return MessageDigest.isEqual(hash, derive(pin, salt, iterations));
    }

    private static byte[] derive(char[] pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 missing from this JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    @Override
    public String toString() {
        Base64.Encoder base64 = Base64.getEncoder();
        return SCHEME + "$" + iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }

    /** Clears a PIN's characters once they are no longer needed. */
    public static void wipe(char[] pin) {
        Arrays.fill(pin, '\0');
    }
}
