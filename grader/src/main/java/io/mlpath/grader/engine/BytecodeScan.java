package io.mlpath.grader.engine;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads the names a class file mentions, from its constant pool: class references, field and
 * method descriptors, signatures and string constants, with {@code /} turned into {@code .}.
 *
 * <p>Every use of another class, whether a call, a field, a type in a signature or a name
 * passed to reflection, leaves a UTF-8 constant in the pool, so searching these strings for a
 * banned prefix finds every use the JVM could make of it.
 *
 * <p>Reference: The Java Virtual Machine Specification, SE 17, §4.4 "The Constant Pool".
 */
final class BytecodeScan {

    private BytecodeScan() {
    }

    /** The UTF-8 constants of {@code classFile}, dotted. */
    static Set<String> constants(byte[] classFile) {
        Set<String> strings = new LinkedHashSet<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
            if (in.readInt() != 0xCAFEBABE) {
                throw new IllegalArgumentException("not a class file: it must start with 0xCAFEBABE");
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> strings.add(in.readUTF().replace('/', '.'));
                    case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                    case 15 -> in.skipBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                    case 5, 6 -> {
                        in.skipBytes(8);
                        i++;
                    }
                    default -> throw new IllegalArgumentException("class file has unknown constant tag " + tag
                            + " at entry " + i);
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated class file: " + e.getMessage(), e);
        }
        return strings;
    }
}
