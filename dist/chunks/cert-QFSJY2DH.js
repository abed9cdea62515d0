import { createRequire as __spacCreateRequire } from 'node:module'; const require = __spacCreateRequire(import.meta.url);
import {
  hostOf,
  modelOfProduct,
  parseSubject,
  productName,
  serverCnProblem
} from "./chunk-WYDOQ5LD.js";
import {
  invalidMac,
  usageError
} from "./chunk-KX2ECOKB.js";
import {
  EXIT_ERRORS,
  EXIT_OK,
  EXIT_USAGE,
  report
} from "./chunk-IAUS6DXG.js";
import "./chunk-4FTOEFBI.js";
import {
  parseMac
} from "./chunk-HIQO3D62.js";
import "./chunk-C4OQ6GRE.js";
import {
  diagnostic,
  hasErrors,
  range
} from "./chunk-YXJOSIDR.js";
import "./chunk-575EBBRF.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-LSU6IVAH.js";

// node_modules/node-forge/lib/forge.js
var require_forge = __commonJS({
  "node_modules/node-forge/lib/forge.js"(exports, module) {
    module.exports = {
      // default options
      options: {
        usePureJavaScript: !1
      }
    };
  }
});

// node_modules/node-forge/lib/baseN.js
var require_baseN = __commonJS({
  "node_modules/node-forge/lib/baseN.js"(exports, module) {
    var api = {};
    module.exports = api;
    var _reverseAlphabets = {};
    api.encode = function(input, alphabet, maxline) {
      if (typeof alphabet != "string")
        throw new TypeError('"alphabet" must be a string.');
      if (maxline !== void 0 && typeof maxline != "number")
        throw new TypeError('"maxline" must be a number.');
      var output = "";
      if (!(input instanceof Uint8Array))
        output = _encodeWithByteBuffer(input, alphabet);
      else {
        var i = 0, base = alphabet.length, first = alphabet.charAt(0), digits = [0];
        for (i = 0; i < input.length; ++i) {
          for (var j = 0, carry = input[i]; j < digits.length; ++j)
            carry += digits[j] << 8, digits[j] = carry % base, carry = carry / base | 0;
          for (; carry > 0; )
            digits.push(carry % base), carry = carry / base | 0;
        }
        for (i = 0; input[i] === 0 && i < input.length - 1; ++i)
          output += first;
        for (i = digits.length - 1; i >= 0; --i)
          output += alphabet[digits[i]];
      }
      if (maxline) {
        var regex = new RegExp(".{1," + maxline + "}", "g");
        output = output.match(regex).join(`\r
`);
      }
      return output;
    };
    api.decode = function(input, alphabet) {
      if (typeof input != "string")
        throw new TypeError('"input" must be a string.');
      if (typeof alphabet != "string")
        throw new TypeError('"alphabet" must be a string.');
      var table = _reverseAlphabets[alphabet];
      if (!table) {
        table = _reverseAlphabets[alphabet] = [];
        for (var i = 0; i < alphabet.length; ++i)
          table[alphabet.charCodeAt(i)] = i;
      }
      input = input.replace(/\s/g, "");
      for (var base = alphabet.length, first = alphabet.charAt(0), bytes = [0], i = 0; i < input.length; i++) {
        var value = table[input.charCodeAt(i)];
        if (value === void 0)
          return;
        for (var j = 0, carry = value; j < bytes.length; ++j)
          carry += bytes[j] * base, bytes[j] = carry & 255, carry >>= 8;
        for (; carry > 0; )
          bytes.push(carry & 255), carry >>= 8;
      }
      for (var k = 0; input[k] === first && k < input.length - 1; ++k)
        bytes.push(0);
      return typeof Buffer < "u" ? Buffer.from(bytes.reverse()) : new Uint8Array(bytes.reverse());
    };
    function _encodeWithByteBuffer(input, alphabet) {
      var i = 0, base = alphabet.length, first = alphabet.charAt(0), digits = [0];
      for (i = 0; i < input.length(); ++i) {
        for (var j = 0, carry = input.at(i); j < digits.length; ++j)
          carry += digits[j] << 8, digits[j] = carry % base, carry = carry / base | 0;
        for (; carry > 0; )
          digits.push(carry % base), carry = carry / base | 0;
      }
      var output = "";
      for (i = 0; input.at(i) === 0 && i < input.length() - 1; ++i)
        output += first;
      for (i = digits.length - 1; i >= 0; --i)
        output += alphabet[digits[i]];
      return output;
    }
  }
});

// node_modules/node-forge/lib/util.js
var require_util = __commonJS({
  "node_modules/node-forge/lib/util.js"(exports, module) {
    var forge3 = require_forge(), baseN = require_baseN(), util = module.exports = forge3.util = forge3.util || {};
    (function() {
      if (typeof process < "u" && process.nextTick && !process.browser) {
        util.nextTick = process.nextTick, typeof setImmediate == "function" ? util.setImmediate = setImmediate : util.setImmediate = util.nextTick;
        return;
      }
      if (typeof setImmediate == "function") {
        util.setImmediate = function() {
          return setImmediate.apply(void 0, arguments);
        }, util.nextTick = function(callback) {
          return setImmediate(callback);
        };
        return;
      }
      if (util.setImmediate = function(callback) {
        setTimeout(callback, 0);
      }, typeof window < "u" && typeof window.postMessage == "function") {
        let handler2 = function(event) {
          if (event.source === window && event.data === msg) {
            event.stopPropagation();
            var copy = callbacks.slice();
            callbacks.length = 0, copy.forEach(function(callback) {
              callback();
            });
          }
        };
        var handler = handler2, msg = "forge.setImmediate", callbacks = [];
        util.setImmediate = function(callback) {
          callbacks.push(callback), callbacks.length === 1 && window.postMessage(msg, "*");
        }, window.addEventListener("message", handler2, !0);
      }
      if (typeof MutationObserver < "u") {
        var now = Date.now(), attr = !0, div = document.createElement("div"), callbacks = [];
        new MutationObserver(function() {
          var copy = callbacks.slice();
          callbacks.length = 0, copy.forEach(function(callback) {
            callback();
          });
        }).observe(div, { attributes: !0 });
        var oldSetImmediate = util.setImmediate;
        util.setImmediate = function(callback) {
          Date.now() - now > 15 ? (now = Date.now(), oldSetImmediate(callback)) : (callbacks.push(callback), callbacks.length === 1 && div.setAttribute("a", attr = !attr));
        };
      }
      util.nextTick = util.setImmediate;
    })();
    util.isNodejs = typeof process < "u" && process.versions && process.versions.node;
    util.globalScope = (function() {
      return util.isNodejs ? global : typeof self > "u" ? window : self;
    })();
    util.isArray = Array.isArray || function(x) {
      return Object.prototype.toString.call(x) === "[object Array]";
    };
    util.isArrayBuffer = function(x) {
      return typeof ArrayBuffer < "u" && x instanceof ArrayBuffer;
    };
    util.isArrayBufferView = function(x) {
      return x && util.isArrayBuffer(x.buffer) && x.byteLength !== void 0;
    };
    function _checkBitsParam(n) {
      if (!(n === 8 || n === 16 || n === 24 || n === 32))
        throw new Error("Only 8, 16, 24, or 32 bits supported: " + n);
    }
    util.ByteBuffer = ByteStringBuffer;
    function ByteStringBuffer(b) {
      if (this.data = "", this.read = 0, typeof b == "string")
        this.data = b;
      else if (util.isArrayBuffer(b) || util.isArrayBufferView(b))
        if (typeof Buffer < "u" && b instanceof Buffer)
          this.data = b.toString("binary");
        else {
          var arr = new Uint8Array(b);
          try {
            this.data = String.fromCharCode.apply(null, arr);
          } catch {
            for (var i = 0; i < arr.length; ++i)
              this.putByte(arr[i]);
          }
        }
      else (b instanceof ByteStringBuffer || typeof b == "object" && typeof b.data == "string" && typeof b.read == "number") && (this.data = b.data, this.read = b.read);
      this._constructedStringLength = 0;
    }
    util.ByteStringBuffer = ByteStringBuffer;
    var _MAX_CONSTRUCTED_STRING_LENGTH = 4096;
    util.ByteStringBuffer.prototype._optimizeConstructedString = function(x) {
      this._constructedStringLength += x, this._constructedStringLength > _MAX_CONSTRUCTED_STRING_LENGTH && (this.data.substr(0, 1), this._constructedStringLength = 0);
    };
    util.ByteStringBuffer.prototype.length = function() {
      return this.data.length - this.read;
    };
    util.ByteStringBuffer.prototype.isEmpty = function() {
      return this.length() <= 0;
    };
    util.ByteStringBuffer.prototype.putByte = function(b) {
      return this.putBytes(String.fromCharCode(b));
    };
    util.ByteStringBuffer.prototype.fillWithByte = function(b, n) {
      b = String.fromCharCode(b);
      for (var d = this.data; n > 0; )
        n & 1 && (d += b), n >>>= 1, n > 0 && (b += b);
      return this.data = d, this._optimizeConstructedString(n), this;
    };
    util.ByteStringBuffer.prototype.putBytes = function(bytes) {
      return this.data += bytes, this._optimizeConstructedString(bytes.length), this;
    };
    util.ByteStringBuffer.prototype.putString = function(str) {
      return this.putBytes(util.encodeUtf8(str));
    };
    util.ByteStringBuffer.prototype.putInt16 = function(i) {
      return this.putBytes(
        String.fromCharCode(i >> 8 & 255) + String.fromCharCode(i & 255)
      );
    };
    util.ByteStringBuffer.prototype.putInt24 = function(i) {
      return this.putBytes(
        String.fromCharCode(i >> 16 & 255) + String.fromCharCode(i >> 8 & 255) + String.fromCharCode(i & 255)
      );
    };
    util.ByteStringBuffer.prototype.putInt32 = function(i) {
      return this.putBytes(
        String.fromCharCode(i >> 24 & 255) + String.fromCharCode(i >> 16 & 255) + String.fromCharCode(i >> 8 & 255) + String.fromCharCode(i & 255)
      );
    };
    util.ByteStringBuffer.prototype.putInt16Le = function(i) {
      return this.putBytes(
        String.fromCharCode(i & 255) + String.fromCharCode(i >> 8 & 255)
      );
    };
    util.ByteStringBuffer.prototype.putInt24Le = function(i) {
      return this.putBytes(
        String.fromCharCode(i & 255) + String.fromCharCode(i >> 8 & 255) + String.fromCharCode(i >> 16 & 255)
      );
    };
    util.ByteStringBuffer.prototype.putInt32Le = function(i) {
      return this.putBytes(
        String.fromCharCode(i & 255) + String.fromCharCode(i >> 8 & 255) + String.fromCharCode(i >> 16 & 255) + String.fromCharCode(i >> 24 & 255)
      );
    };
    util.ByteStringBuffer.prototype.putInt = function(i, n) {
      _checkBitsParam(n);
      var bytes = "";
      do
        n -= 8, bytes += String.fromCharCode(i >> n & 255);
      while (n > 0);
      return this.putBytes(bytes);
    };
    util.ByteStringBuffer.prototype.putSignedInt = function(i, n) {
      return i < 0 && (i += 2 << n - 1), this.putInt(i, n);
    };
    util.ByteStringBuffer.prototype.putBuffer = function(buffer) {
      return this.putBytes(buffer.getBytes());
    };
    util.ByteStringBuffer.prototype.getByte = function() {
      return this.data.charCodeAt(this.read++);
    };
    util.ByteStringBuffer.prototype.getInt16 = function() {
      var rval = this.data.charCodeAt(this.read) << 8 ^ this.data.charCodeAt(this.read + 1);
      return this.read += 2, rval;
    };
    util.ByteStringBuffer.prototype.getInt24 = function() {
      var rval = this.data.charCodeAt(this.read) << 16 ^ this.data.charCodeAt(this.read + 1) << 8 ^ this.data.charCodeAt(this.read + 2);
      return this.read += 3, rval;
    };
    util.ByteStringBuffer.prototype.getInt32 = function() {
      var rval = this.data.charCodeAt(this.read) << 24 ^ this.data.charCodeAt(this.read + 1) << 16 ^ this.data.charCodeAt(this.read + 2) << 8 ^ this.data.charCodeAt(this.read + 3);
      return this.read += 4, rval;
    };
    util.ByteStringBuffer.prototype.getInt16Le = function() {
      var rval = this.data.charCodeAt(this.read) ^ this.data.charCodeAt(this.read + 1) << 8;
      return this.read += 2, rval;
    };
    util.ByteStringBuffer.prototype.getInt24Le = function() {
      var rval = this.data.charCodeAt(this.read) ^ this.data.charCodeAt(this.read + 1) << 8 ^ this.data.charCodeAt(this.read + 2) << 16;
      return this.read += 3, rval;
    };
    util.ByteStringBuffer.prototype.getInt32Le = function() {
      var rval = this.data.charCodeAt(this.read) ^ this.data.charCodeAt(this.read + 1) << 8 ^ this.data.charCodeAt(this.read + 2) << 16 ^ this.data.charCodeAt(this.read + 3) << 24;
      return this.read += 4, rval;
    };
    util.ByteStringBuffer.prototype.getInt = function(n) {
      _checkBitsParam(n);
      var rval = 0;
      do
        rval = (rval << 8) + this.data.charCodeAt(this.read++), n -= 8;
      while (n > 0);
      return rval;
    };
    util.ByteStringBuffer.prototype.getSignedInt = function(n) {
      var x = this.getInt(n), max = 2 << n - 2;
      return x >= max && (x -= max << 1), x;
    };
    util.ByteStringBuffer.prototype.getBytes = function(count) {
      var rval;
      return count ? (count = Math.min(this.length(), count), rval = this.data.slice(this.read, this.read + count), this.read += count) : count === 0 ? rval = "" : (rval = this.read === 0 ? this.data : this.data.slice(this.read), this.clear()), rval;
    };
    util.ByteStringBuffer.prototype.bytes = function(count) {
      return typeof count > "u" ? this.data.slice(this.read) : this.data.slice(this.read, this.read + count);
    };
    util.ByteStringBuffer.prototype.at = function(i) {
      return this.data.charCodeAt(this.read + i);
    };
    util.ByteStringBuffer.prototype.setAt = function(i, b) {
      return this.data = this.data.substr(0, this.read + i) + String.fromCharCode(b) + this.data.substr(this.read + i + 1), this;
    };
    util.ByteStringBuffer.prototype.last = function() {
      return this.data.charCodeAt(this.data.length - 1);
    };
    util.ByteStringBuffer.prototype.copy = function() {
      var c = util.createBuffer(this.data);
      return c.read = this.read, c;
    };
    util.ByteStringBuffer.prototype.compact = function() {
      return this.read > 0 && (this.data = this.data.slice(this.read), this.read = 0), this;
    };
    util.ByteStringBuffer.prototype.clear = function() {
      return this.data = "", this.read = 0, this;
    };
    util.ByteStringBuffer.prototype.truncate = function(count) {
      var len = Math.max(0, this.length() - count);
      return this.data = this.data.substr(this.read, len), this.read = 0, this;
    };
    util.ByteStringBuffer.prototype.toHex = function() {
      for (var rval = "", i = this.read; i < this.data.length; ++i) {
        var b = this.data.charCodeAt(i);
        b < 16 && (rval += "0"), rval += b.toString(16);
      }
      return rval;
    };
    util.ByteStringBuffer.prototype.toString = function() {
      return util.decodeUtf8(this.bytes());
    };
    function DataBuffer(b, options) {
      options = options || {}, this.read = options.readOffset || 0, this.growSize = options.growSize || 1024;
      var isArrayBuffer = util.isArrayBuffer(b), isArrayBufferView = util.isArrayBufferView(b);
      if (isArrayBuffer || isArrayBufferView) {
        isArrayBuffer ? this.data = new DataView(b) : this.data = new DataView(b.buffer, b.byteOffset, b.byteLength), this.write = "writeOffset" in options ? options.writeOffset : this.data.byteLength;
        return;
      }
      this.data = new DataView(new ArrayBuffer(0)), this.write = 0, b != null && this.putBytes(b), "writeOffset" in options && (this.write = options.writeOffset);
    }
    util.DataBuffer = DataBuffer;
    util.DataBuffer.prototype.length = function() {
      return this.write - this.read;
    };
    util.DataBuffer.prototype.isEmpty = function() {
      return this.length() <= 0;
    };
    util.DataBuffer.prototype.accommodate = function(amount, growSize) {
      if (this.length() >= amount)
        return this;
      growSize = Math.max(growSize || this.growSize, amount);
      var src = new Uint8Array(
        this.data.buffer,
        this.data.byteOffset,
        this.data.byteLength
      ), dst = new Uint8Array(this.length() + growSize);
      return dst.set(src), this.data = new DataView(dst.buffer), this;
    };
    util.DataBuffer.prototype.putByte = function(b) {
      return this.accommodate(1), this.data.setUint8(this.write++, b), this;
    };
    util.DataBuffer.prototype.fillWithByte = function(b, n) {
      this.accommodate(n);
      for (var i = 0; i < n; ++i)
        this.data.setUint8(b);
      return this;
    };
    util.DataBuffer.prototype.putBytes = function(bytes, encoding) {
      if (util.isArrayBufferView(bytes)) {
        var src = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), len = src.byteLength - src.byteOffset;
        this.accommodate(len);
        var dst = new Uint8Array(this.data.buffer, this.write);
        return dst.set(src), this.write += len, this;
      }
      if (util.isArrayBuffer(bytes)) {
        var src = new Uint8Array(bytes);
        this.accommodate(src.byteLength);
        var dst = new Uint8Array(this.data.buffer);
        return dst.set(src, this.write), this.write += src.byteLength, this;
      }
      if (bytes instanceof util.DataBuffer || typeof bytes == "object" && typeof bytes.read == "number" && typeof bytes.write == "number" && util.isArrayBufferView(bytes.data)) {
        var src = new Uint8Array(bytes.data.byteLength, bytes.read, bytes.length());
        this.accommodate(src.byteLength);
        var dst = new Uint8Array(bytes.data.byteLength, this.write);
        return dst.set(src), this.write += src.byteLength, this;
      }
      if (bytes instanceof util.ByteStringBuffer && (bytes = bytes.data, encoding = "binary"), encoding = encoding || "binary", typeof bytes == "string") {
        var view;
        if (encoding === "hex")
          return this.accommodate(Math.ceil(bytes.length / 2)), view = new Uint8Array(this.data.buffer, this.write), this.write += util.binary.hex.decode(bytes, view, this.write), this;
        if (encoding === "base64")
          return this.accommodate(Math.ceil(bytes.length / 4) * 3), view = new Uint8Array(this.data.buffer, this.write), this.write += util.binary.base64.decode(bytes, view, this.write), this;
        if (encoding === "utf8" && (bytes = util.encodeUtf8(bytes), encoding = "binary"), encoding === "binary" || encoding === "raw")
          return this.accommodate(bytes.length), view = new Uint8Array(this.data.buffer, this.write), this.write += util.binary.raw.decode(view), this;
        if (encoding === "utf16")
          return this.accommodate(bytes.length * 2), view = new Uint16Array(this.data.buffer, this.write), this.write += util.text.utf16.encode(view), this;
        throw new Error("Invalid encoding: " + encoding);
      }
      throw Error("Invalid parameter: " + bytes);
    };
    util.DataBuffer.prototype.putBuffer = function(buffer) {
      return this.putBytes(buffer), buffer.clear(), this;
    };
    util.DataBuffer.prototype.putString = function(str) {
      return this.putBytes(str, "utf16");
    };
    util.DataBuffer.prototype.putInt16 = function(i) {
      return this.accommodate(2), this.data.setInt16(this.write, i), this.write += 2, this;
    };
    util.DataBuffer.prototype.putInt24 = function(i) {
      return this.accommodate(3), this.data.setInt16(this.write, i >> 8 & 65535), this.data.setInt8(this.write, i >> 16 & 255), this.write += 3, this;
    };
    util.DataBuffer.prototype.putInt32 = function(i) {
      return this.accommodate(4), this.data.setInt32(this.write, i), this.write += 4, this;
    };
    util.DataBuffer.prototype.putInt16Le = function(i) {
      return this.accommodate(2), this.data.setInt16(this.write, i, !0), this.write += 2, this;
    };
    util.DataBuffer.prototype.putInt24Le = function(i) {
      return this.accommodate(3), this.data.setInt8(this.write, i >> 16 & 255), this.data.setInt16(this.write, i >> 8 & 65535, !0), this.write += 3, this;
    };
    util.DataBuffer.prototype.putInt32Le = function(i) {
      return this.accommodate(4), this.data.setInt32(this.write, i, !0), this.write += 4, this;
    };
    util.DataBuffer.prototype.putInt = function(i, n) {
      _checkBitsParam(n), this.accommodate(n / 8);
      do
        n -= 8, this.data.setInt8(this.write++, i >> n & 255);
      while (n > 0);
      return this;
    };
    util.DataBuffer.prototype.putSignedInt = function(i, n) {
      return _checkBitsParam(n), this.accommodate(n / 8), i < 0 && (i += 2 << n - 1), this.putInt(i, n);
    };
    util.DataBuffer.prototype.getByte = function() {
      return this.data.getInt8(this.read++);
    };
    util.DataBuffer.prototype.getInt16 = function() {
      var rval = this.data.getInt16(this.read);
      return this.read += 2, rval;
    };
    util.DataBuffer.prototype.getInt24 = function() {
      var rval = this.data.getInt16(this.read) << 8 ^ this.data.getInt8(this.read + 2);
      return this.read += 3, rval;
    };
    util.DataBuffer.prototype.getInt32 = function() {
      var rval = this.data.getInt32(this.read);
      return this.read += 4, rval;
    };
    util.DataBuffer.prototype.getInt16Le = function() {
      var rval = this.data.getInt16(this.read, !0);
      return this.read += 2, rval;
    };
    util.DataBuffer.prototype.getInt24Le = function() {
      var rval = this.data.getInt8(this.read) ^ this.data.getInt16(this.read + 1, !0) << 8;
      return this.read += 3, rval;
    };
    util.DataBuffer.prototype.getInt32Le = function() {
      var rval = this.data.getInt32(this.read, !0);
      return this.read += 4, rval;
    };
    util.DataBuffer.prototype.getInt = function(n) {
      _checkBitsParam(n);
      var rval = 0;
      do
        rval = (rval << 8) + this.data.getInt8(this.read++), n -= 8;
      while (n > 0);
      return rval;
    };
    util.DataBuffer.prototype.getSignedInt = function(n) {
      var x = this.getInt(n), max = 2 << n - 2;
      return x >= max && (x -= max << 1), x;
    };
    util.DataBuffer.prototype.getBytes = function(count) {
      var rval;
      return count ? (count = Math.min(this.length(), count), rval = this.data.slice(this.read, this.read + count), this.read += count) : count === 0 ? rval = "" : (rval = this.read === 0 ? this.data : this.data.slice(this.read), this.clear()), rval;
    };
    util.DataBuffer.prototype.bytes = function(count) {
      return typeof count > "u" ? this.data.slice(this.read) : this.data.slice(this.read, this.read + count);
    };
    util.DataBuffer.prototype.at = function(i) {
      return this.data.getUint8(this.read + i);
    };
    util.DataBuffer.prototype.setAt = function(i, b) {
      return this.data.setUint8(i, b), this;
    };
    util.DataBuffer.prototype.last = function() {
      return this.data.getUint8(this.write - 1);
    };
    util.DataBuffer.prototype.copy = function() {
      return new util.DataBuffer(this);
    };
    util.DataBuffer.prototype.compact = function() {
      if (this.read > 0) {
        var src = new Uint8Array(this.data.buffer, this.read), dst = new Uint8Array(src.byteLength);
        dst.set(src), this.data = new DataView(dst), this.write -= this.read, this.read = 0;
      }
      return this;
    };
    util.DataBuffer.prototype.clear = function() {
      return this.data = new DataView(new ArrayBuffer(0)), this.read = this.write = 0, this;
    };
    util.DataBuffer.prototype.truncate = function(count) {
      return this.write = Math.max(0, this.length() - count), this.read = Math.min(this.read, this.write), this;
    };
    util.DataBuffer.prototype.toHex = function() {
      for (var rval = "", i = this.read; i < this.data.byteLength; ++i) {
        var b = this.data.getUint8(i);
        b < 16 && (rval += "0"), rval += b.toString(16);
      }
      return rval;
    };
    util.DataBuffer.prototype.toString = function(encoding) {
      var view = new Uint8Array(this.data, this.read, this.length());
      if (encoding = encoding || "utf8", encoding === "binary" || encoding === "raw")
        return util.binary.raw.encode(view);
      if (encoding === "hex")
        return util.binary.hex.encode(view);
      if (encoding === "base64")
        return util.binary.base64.encode(view);
      if (encoding === "utf8")
        return util.text.utf8.decode(view);
      if (encoding === "utf16")
        return util.text.utf16.decode(view);
      throw new Error("Invalid encoding: " + encoding);
    };
    util.createBuffer = function(input, encoding) {
      return encoding = encoding || "raw", input !== void 0 && encoding === "utf8" && (input = util.encodeUtf8(input)), new util.ByteBuffer(input);
    };
    util.fillString = function(c, n) {
      for (var s = ""; n > 0; )
        n & 1 && (s += c), n >>>= 1, n > 0 && (c += c);
      return s;
    };
    util.xorBytes = function(s1, s2, n) {
      for (var s3 = "", b = "", t = "", i = 0, c = 0; n > 0; --n, ++i)
        b = s1.charCodeAt(i) ^ s2.charCodeAt(i), c >= 10 && (s3 += t, t = "", c = 0), t += String.fromCharCode(b), ++c;
      return s3 += t, s3;
    };
    util.hexToBytes = function(hex) {
      var rval = "", i = 0;
      for (hex.length & !0 && (i = 1, rval += String.fromCharCode(parseInt(hex[0], 16))); i < hex.length; i += 2)
        rval += String.fromCharCode(parseInt(hex.substr(i, 2), 16));
      return rval;
    };
    util.bytesToHex = function(bytes) {
      return util.createBuffer(bytes).toHex();
    };
    util.int32ToBytes = function(i) {
      return String.fromCharCode(i >> 24 & 255) + String.fromCharCode(i >> 16 & 255) + String.fromCharCode(i >> 8 & 255) + String.fromCharCode(i & 255);
    };
    var _base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=", _base64Idx = [
      /*43 -43 = 0*/
      /*'+',  1,  2,  3,'/' */
      62,
      -1,
      -1,
      -1,
      63,
      /*'0','1','2','3','4','5','6','7','8','9' */
      52,
      53,
      54,
      55,
      56,
      57,
      58,
      59,
      60,
      61,
      /*15, 16, 17,'=', 19, 20, 21 */
      -1,
      -1,
      -1,
      64,
      -1,
      -1,
      -1,
      /*65 - 43 = 22*/
      /*'A','B','C','D','E','F','G','H','I','J','K','L','M', */
      0,
      1,
      2,
      3,
      4,
      5,
      6,
      7,
      8,
      9,
      10,
      11,
      12,
      /*'N','O','P','Q','R','S','T','U','V','W','X','Y','Z' */
      13,
      14,
      15,
      16,
      17,
      18,
      19,
      20,
      21,
      22,
      23,
      24,
      25,
      /*91 - 43 = 48 */
      /*48, 49, 50, 51, 52, 53 */
      -1,
      -1,
      -1,
      -1,
      -1,
      -1,
      /*97 - 43 = 54*/
      /*'a','b','c','d','e','f','g','h','i','j','k','l','m' */
      26,
      27,
      28,
      29,
      30,
      31,
      32,
      33,
      34,
      35,
      36,
      37,
      38,
      /*'n','o','p','q','r','s','t','u','v','w','x','y','z' */
      39,
      40,
      41,
      42,
      43,
      44,
      45,
      46,
      47,
      48,
      49,
      50,
      51
    ], _base58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    util.encode64 = function(input, maxline) {
      for (var line = "", output = "", chr1, chr2, chr3, i = 0; i < input.length; )
        chr1 = input.charCodeAt(i++), chr2 = input.charCodeAt(i++), chr3 = input.charCodeAt(i++), line += _base64.charAt(chr1 >> 2), line += _base64.charAt((chr1 & 3) << 4 | chr2 >> 4), isNaN(chr2) ? line += "==" : (line += _base64.charAt((chr2 & 15) << 2 | chr3 >> 6), line += isNaN(chr3) ? "=" : _base64.charAt(chr3 & 63)), maxline && line.length > maxline && (output += line.substr(0, maxline) + `\r
`, line = line.substr(maxline));
      return output += line, output;
    };
    util.decode64 = function(input) {
      input = input.replace(/[^A-Za-z0-9\+\/\=]/g, "");
      for (var output = "", enc1, enc2, enc3, enc4, i = 0; i < input.length; )
        enc1 = _base64Idx[input.charCodeAt(i++) - 43], enc2 = _base64Idx[input.charCodeAt(i++) - 43], enc3 = _base64Idx[input.charCodeAt(i++) - 43], enc4 = _base64Idx[input.charCodeAt(i++) - 43], output += String.fromCharCode(enc1 << 2 | enc2 >> 4), enc3 !== 64 && (output += String.fromCharCode((enc2 & 15) << 4 | enc3 >> 2), enc4 !== 64 && (output += String.fromCharCode((enc3 & 3) << 6 | enc4)));
      return output;
    };
    util.encodeUtf8 = function(str) {
      return unescape(encodeURIComponent(str));
    };
    util.decodeUtf8 = function(str) {
      return decodeURIComponent(escape(str));
    };
    util.binary = {
      raw: {},
      hex: {},
      base64: {},
      base58: {},
      baseN: {
        encode: baseN.encode,
        decode: baseN.decode
      }
    };
    util.binary.raw.encode = function(bytes) {
      return String.fromCharCode.apply(null, bytes);
    };
    util.binary.raw.decode = function(str, output, offset) {
      var out = output;
      out || (out = new Uint8Array(str.length)), offset = offset || 0;
      for (var j = offset, i = 0; i < str.length; ++i)
        out[j++] = str.charCodeAt(i);
      return output ? j - offset : out;
    };
    util.binary.hex.encode = util.bytesToHex;
    util.binary.hex.decode = function(hex, output, offset) {
      var out = output;
      out || (out = new Uint8Array(Math.ceil(hex.length / 2))), offset = offset || 0;
      var i = 0, j = offset;
      for (hex.length & 1 && (i = 1, out[j++] = parseInt(hex[0], 16)); i < hex.length; i += 2)
        out[j++] = parseInt(hex.substr(i, 2), 16);
      return output ? j - offset : out;
    };
    util.binary.base64.encode = function(input, maxline) {
      for (var line = "", output = "", chr1, chr2, chr3, i = 0; i < input.byteLength; )
        chr1 = input[i++], chr2 = input[i++], chr3 = input[i++], line += _base64.charAt(chr1 >> 2), line += _base64.charAt((chr1 & 3) << 4 | chr2 >> 4), isNaN(chr2) ? line += "==" : (line += _base64.charAt((chr2 & 15) << 2 | chr3 >> 6), line += isNaN(chr3) ? "=" : _base64.charAt(chr3 & 63)), maxline && line.length > maxline && (output += line.substr(0, maxline) + `\r
`, line = line.substr(maxline));
      return output += line, output;
    };
    util.binary.base64.decode = function(input, output, offset) {
      var out = output;
      out || (out = new Uint8Array(Math.ceil(input.length / 4) * 3)), input = input.replace(/[^A-Za-z0-9\+\/\=]/g, ""), offset = offset || 0;
      for (var enc1, enc2, enc3, enc4, i = 0, j = offset; i < input.length; )
        enc1 = _base64Idx[input.charCodeAt(i++) - 43], enc2 = _base64Idx[input.charCodeAt(i++) - 43], enc3 = _base64Idx[input.charCodeAt(i++) - 43], enc4 = _base64Idx[input.charCodeAt(i++) - 43], out[j++] = enc1 << 2 | enc2 >> 4, enc3 !== 64 && (out[j++] = (enc2 & 15) << 4 | enc3 >> 2, enc4 !== 64 && (out[j++] = (enc3 & 3) << 6 | enc4));
      return output ? j - offset : out.subarray(0, j);
    };
    util.binary.base58.encode = function(input, maxline) {
      return util.binary.baseN.encode(input, _base58, maxline);
    };
    util.binary.base58.decode = function(input, maxline) {
      return util.binary.baseN.decode(input, _base58, maxline);
    };
    util.text = {
      utf8: {},
      utf16: {}
    };
    util.text.utf8.encode = function(str, output, offset) {
      str = util.encodeUtf8(str);
      var out = output;
      out || (out = new Uint8Array(str.length)), offset = offset || 0;
      for (var j = offset, i = 0; i < str.length; ++i)
        out[j++] = str.charCodeAt(i);
      return output ? j - offset : out;
    };
    util.text.utf8.decode = function(bytes) {
      return util.decodeUtf8(String.fromCharCode.apply(null, bytes));
    };
    util.text.utf16.encode = function(str, output, offset) {
      var out = output;
      out || (out = new Uint8Array(str.length * 2));
      var view = new Uint16Array(out.buffer);
      offset = offset || 0;
      for (var j = offset, k = offset, i = 0; i < str.length; ++i)
        view[k++] = str.charCodeAt(i), j += 2;
      return output ? j - offset : out;
    };
    util.text.utf16.decode = function(bytes) {
      return String.fromCharCode.apply(null, new Uint16Array(bytes.buffer));
    };
    util.deflate = function(api, bytes, raw) {
      if (bytes = util.decode64(api.deflate(util.encode64(bytes)).rval), raw) {
        var start = 2, flg = bytes.charCodeAt(1);
        flg & 32 && (start = 6), bytes = bytes.substring(start, bytes.length - 4);
      }
      return bytes;
    };
    util.inflate = function(api, bytes, raw) {
      var rval = api.inflate(util.encode64(bytes)).rval;
      return rval === null ? null : util.decode64(rval);
    };
    var _setStorageObject = function(api, id, obj) {
      if (!api)
        throw new Error("WebStorage not available.");
      var rval;
      if (obj === null ? rval = api.removeItem(id) : (obj = util.encode64(JSON.stringify(obj)), rval = api.setItem(id, obj)), typeof rval < "u" && rval.rval !== !0) {
        var error = new Error(rval.error.message);
        throw error.id = rval.error.id, error.name = rval.error.name, error;
      }
    }, _getStorageObject = function(api, id) {
      if (!api)
        throw new Error("WebStorage not available.");
      var rval = api.getItem(id);
      if (api.init)
        if (rval.rval === null) {
          if (rval.error) {
            var error = new Error(rval.error.message);
            throw error.id = rval.error.id, error.name = rval.error.name, error;
          }
          rval = null;
        } else
          rval = rval.rval;
      return rval !== null && (rval = JSON.parse(util.decode64(rval))), rval;
    }, _setItem = function(api, id, key, data) {
      var obj = _getStorageObject(api, id);
      obj === null && (obj = {}), obj[key] = data, _setStorageObject(api, id, obj);
    }, _getItem = function(api, id, key) {
      var rval = _getStorageObject(api, id);
      return rval !== null && (rval = key in rval ? rval[key] : null), rval;
    }, _removeItem = function(api, id, key) {
      var obj = _getStorageObject(api, id);
      if (obj !== null && key in obj) {
        delete obj[key];
        var empty = !0;
        for (var prop in obj) {
          empty = !1;
          break;
        }
        empty && (obj = null), _setStorageObject(api, id, obj);
      }
    }, _clearItems = function(api, id) {
      _setStorageObject(api, id, null);
    }, _callStorageFunction = function(func, args, location) {
      var rval = null;
      typeof location > "u" && (location = ["web", "flash"]);
      var type, done = !1, exception = null;
      for (var idx in location) {
        type = location[idx];
        try {
          if (type === "flash" || type === "both") {
            if (args[0] === null)
              throw new Error("Flash local storage not available.");
            rval = func.apply(this, args), done = type === "flash";
          }
          (type === "web" || type === "both") && (args[0] = localStorage, rval = func.apply(this, args), done = !0);
        } catch (ex) {
          exception = ex;
        }
        if (done)
          break;
      }
      if (!done)
        throw exception;
      return rval;
    };
    util.setItem = function(api, id, key, data, location) {
      _callStorageFunction(_setItem, arguments, location);
    };
    util.getItem = function(api, id, key, location) {
      return _callStorageFunction(_getItem, arguments, location);
    };
    util.removeItem = function(api, id, key, location) {
      _callStorageFunction(_removeItem, arguments, location);
    };
    util.clearItems = function(api, id, location) {
      _callStorageFunction(_clearItems, arguments, location);
    };
    util.isEmpty = function(obj) {
      for (var prop in obj)
        if (obj.hasOwnProperty(prop))
          return !1;
      return !0;
    };
    util.format = function(format) {
      for (var re = /%./g, match, part, argi = 0, parts = [], last = 0; match = re.exec(format); ) {
        part = format.substring(last, re.lastIndex - 2), part.length > 0 && parts.push(part), last = re.lastIndex;
        var code = match[0][1];
        switch (code) {
          case "s":
          case "o":
            argi < arguments.length ? parts.push(arguments[argi++ + 1]) : parts.push("<?>");
            break;
          // FIXME: do proper formatting for numbers, etc
          //case 'f':
          //case 'd':
          case "%":
            parts.push("%");
            break;
          default:
            parts.push("<%" + code + "?>");
        }
      }
      return parts.push(format.substring(last)), parts.join("");
    };
    util.formatNumber = function(number, decimals, dec_point, thousands_sep) {
      var n = number, c = isNaN(decimals = Math.abs(decimals)) ? 2 : decimals, d = dec_point === void 0 ? "," : dec_point, t = thousands_sep === void 0 ? "." : thousands_sep, s = n < 0 ? "-" : "", i = parseInt(n = Math.abs(+n || 0).toFixed(c), 10) + "", j = i.length > 3 ? i.length % 3 : 0;
      return s + (j ? i.substr(0, j) + t : "") + i.substr(j).replace(/(\d{3})(?=\d)/g, "$1" + t) + (c ? d + Math.abs(n - i).toFixed(c).slice(2) : "");
    };
    util.formatSize = function(size) {
      return size >= 1073741824 ? size = util.formatNumber(size / 1073741824, 2, ".", "") + " GiB" : size >= 1048576 ? size = util.formatNumber(size / 1048576, 2, ".", "") + " MiB" : size >= 1024 ? size = util.formatNumber(size / 1024, 0) + " KiB" : size = util.formatNumber(size, 0) + " bytes", size;
    };
    util.bytesFromIP = function(ip) {
      return ip.indexOf(".") !== -1 ? util.bytesFromIPv4(ip) : ip.indexOf(":") !== -1 ? util.bytesFromIPv6(ip) : null;
    };
    util.bytesFromIPv4 = function(ip) {
      if (ip = ip.split("."), ip.length !== 4)
        return null;
      for (var b = util.createBuffer(), i = 0; i < ip.length; ++i) {
        var num = parseInt(ip[i], 10);
        if (isNaN(num))
          return null;
        b.putByte(num);
      }
      return b.getBytes();
    };
    util.bytesFromIPv6 = function(ip) {
      var blanks = 0;
      ip = ip.split(":").filter(function(e) {
        return e.length === 0 && ++blanks, !0;
      });
      for (var zeros = (8 - ip.length + blanks) * 2, b = util.createBuffer(), i = 0; i < 8; ++i) {
        if (!ip[i] || ip[i].length === 0) {
          b.fillWithByte(0, zeros), zeros = 0;
          continue;
        }
        var bytes = util.hexToBytes(ip[i]);
        bytes.length < 2 && b.putByte(0), b.putBytes(bytes);
      }
      return b.getBytes();
    };
    util.bytesToIP = function(bytes) {
      return bytes.length === 4 ? util.bytesToIPv4(bytes) : bytes.length === 16 ? util.bytesToIPv6(bytes) : null;
    };
    util.bytesToIPv4 = function(bytes) {
      if (bytes.length !== 4)
        return null;
      for (var ip = [], i = 0; i < bytes.length; ++i)
        ip.push(bytes.charCodeAt(i));
      return ip.join(".");
    };
    util.bytesToIPv6 = function(bytes) {
      if (bytes.length !== 16)
        return null;
      for (var ip = [], zeroGroups = [], zeroMaxGroup = 0, i = 0; i < bytes.length; i += 2) {
        for (var hex = util.bytesToHex(bytes[i] + bytes[i + 1]); hex[0] === "0" && hex !== "0"; )
          hex = hex.substr(1);
        if (hex === "0") {
          var last = zeroGroups[zeroGroups.length - 1], idx = ip.length;
          !last || idx !== last.end + 1 ? zeroGroups.push({ start: idx, end: idx }) : (last.end = idx, last.end - last.start > zeroGroups[zeroMaxGroup].end - zeroGroups[zeroMaxGroup].start && (zeroMaxGroup = zeroGroups.length - 1));
        }
        ip.push(hex);
      }
      if (zeroGroups.length > 0) {
        var group = zeroGroups[zeroMaxGroup];
        group.end - group.start > 0 && (ip.splice(group.start, group.end - group.start + 1, ""), group.start === 0 && ip.unshift(""), group.end === 7 && ip.push(""));
      }
      return ip.join(":");
    };
    util.estimateCores = function(options, callback) {
      if (typeof options == "function" && (callback = options, options = {}), options = options || {}, "cores" in util && !options.update)
        return callback(null, util.cores);
      if (typeof navigator < "u" && "hardwareConcurrency" in navigator && navigator.hardwareConcurrency > 0)
        return util.cores = navigator.hardwareConcurrency, callback(null, util.cores);
      if (typeof Worker > "u")
        return util.cores = 1, callback(null, util.cores);
      if (typeof Blob > "u")
        return util.cores = 2, callback(null, util.cores);
      var blobUrl = URL.createObjectURL(new Blob([
        "(",
        function() {
          self.addEventListener("message", function(e) {
            for (var st = Date.now(), et = st + 4; Date.now() < et; ) ;
            self.postMessage({ st, et });
          });
        }.toString(),
        ")()"
      ], { type: "application/javascript" }));
      sample([], 5, 16);
      function sample(max, samples, numWorkers) {
        if (samples === 0) {
          var avg = Math.floor(max.reduce(function(avg2, x) {
            return avg2 + x;
          }, 0) / max.length);
          return util.cores = Math.max(1, avg), URL.revokeObjectURL(blobUrl), callback(null, util.cores);
        }
        map(numWorkers, function(err, results) {
          max.push(reduce(numWorkers, results)), sample(max, samples - 1, numWorkers);
        });
      }
      function map(numWorkers, callback2) {
        for (var workers = [], results = [], i = 0; i < numWorkers; ++i) {
          var worker = new Worker(blobUrl);
          worker.addEventListener("message", function(e) {
            if (results.push(e.data), results.length === numWorkers) {
              for (var i2 = 0; i2 < numWorkers; ++i2)
                workers[i2].terminate();
              callback2(null, results);
            }
          }), workers.push(worker);
        }
        for (var i = 0; i < numWorkers; ++i)
          workers[i].postMessage(i);
      }
      function reduce(numWorkers, results) {
        for (var overlaps = [], n = 0; n < numWorkers; ++n)
          for (var r1 = results[n], overlap = overlaps[n] = [], i = 0; i < numWorkers; ++i)
            if (n !== i) {
              var r2 = results[i];
              (r1.st > r2.st && r1.st < r2.et || r2.st > r1.st && r2.st < r1.et) && overlap.push(i);
            }
        return overlaps.reduce(function(max, overlap2) {
          return Math.max(max, overlap2.length);
        }, 0);
      }
    };
  }
});

// node_modules/node-forge/lib/cipher.js
var require_cipher = __commonJS({
  "node_modules/node-forge/lib/cipher.js"(exports, module) {
    var forge3 = require_forge();
    require_util();
    module.exports = forge3.cipher = forge3.cipher || {};
    forge3.cipher.algorithms = forge3.cipher.algorithms || {};
    forge3.cipher.createCipher = function(algorithm, key) {
      var api = algorithm;
      if (typeof api == "string" && (api = forge3.cipher.getAlgorithm(api), api && (api = api())), !api)
        throw new Error("Unsupported algorithm: " + algorithm);
      return new forge3.cipher.BlockCipher({
        algorithm: api,
        key,
        decrypt: !1
      });
    };
    forge3.cipher.createDecipher = function(algorithm, key) {
      var api = algorithm;
      if (typeof api == "string" && (api = forge3.cipher.getAlgorithm(api), api && (api = api())), !api)
        throw new Error("Unsupported algorithm: " + algorithm);
      return new forge3.cipher.BlockCipher({
        algorithm: api,
        key,
        decrypt: !0
      });
    };
    forge3.cipher.registerAlgorithm = function(name, algorithm) {
      name = name.toUpperCase(), forge3.cipher.algorithms[name] = algorithm;
    };
    forge3.cipher.getAlgorithm = function(name) {
      return name = name.toUpperCase(), name in forge3.cipher.algorithms ? forge3.cipher.algorithms[name] : null;
    };
    var BlockCipher = forge3.cipher.BlockCipher = function(options) {
      this.algorithm = options.algorithm, this.mode = this.algorithm.mode, this.blockSize = this.mode.blockSize, this._finish = !1, this._input = null, this.output = null, this._op = options.decrypt ? this.mode.decrypt : this.mode.encrypt, this._decrypt = options.decrypt, this.algorithm.initialize(options);
    };
    BlockCipher.prototype.start = function(options) {
      options = options || {};
      var opts = {};
      for (var key in options)
        opts[key] = options[key];
      opts.decrypt = this._decrypt, this._finish = !1, this._input = forge3.util.createBuffer(), this.output = options.output || forge3.util.createBuffer(), this.mode.start(opts);
    };
    BlockCipher.prototype.update = function(input) {
      for (input && this._input.putBuffer(input); !this._op.call(this.mode, this._input, this.output, this._finish) && !this._finish; )
        ;
      this._input.compact();
    };
    BlockCipher.prototype.finish = function(pad) {
      pad && (this.mode.name === "ECB" || this.mode.name === "CBC") && (this.mode.pad = function(input) {
        return pad(this.blockSize, input, !1);
      }, this.mode.unpad = function(output) {
        return pad(this.blockSize, output, !0);
      });
      var options = {};
      return options.decrypt = this._decrypt, options.overflow = this._input.length() % this.blockSize, !(!this._decrypt && this.mode.pad && !this.mode.pad(this._input, options) || (this._finish = !0, this.update(), this._decrypt && this.mode.unpad && !this.mode.unpad(this.output, options)) || this.mode.afterFinish && !this.mode.afterFinish(this.output, options));
    };
  }
});

// node_modules/node-forge/lib/cipherModes.js
var require_cipherModes = __commonJS({
  "node_modules/node-forge/lib/cipherModes.js"(exports, module) {
    var forge3 = require_forge();
    require_util();
    forge3.cipher = forge3.cipher || {};
    var modes = module.exports = forge3.cipher.modes = forge3.cipher.modes || {};
    modes.ecb = function(options) {
      options = options || {}, this.name = "ECB", this.cipher = options.cipher, this.blockSize = options.blockSize || 16, this._ints = this.blockSize / 4, this._inBlock = new Array(this._ints), this._outBlock = new Array(this._ints);
    };
    modes.ecb.prototype.start = function(options) {
    };
    modes.ecb.prototype.encrypt = function(input, output, finish) {
      if (input.length() < this.blockSize && !(finish && input.length() > 0))
        return !0;
      for (var i = 0; i < this._ints; ++i)
        this._inBlock[i] = input.getInt32();
      this.cipher.encrypt(this._inBlock, this._outBlock);
      for (var i = 0; i < this._ints; ++i)
        output.putInt32(this._outBlock[i]);
    };
    modes.ecb.prototype.decrypt = function(input, output, finish) {
      if (input.length() < this.blockSize && !(finish && input.length() > 0))
        return !0;
      for (var i = 0; i < this._ints; ++i)
        this._inBlock[i] = input.getInt32();
      this.cipher.decrypt(this._inBlock, this._outBlock);
      for (var i = 0; i < this._ints; ++i)
        output.putInt32(this._outBlock[i]);
    };
    modes.ecb.prototype.pad = function(input, options) {
      var padding = input.length() === this.blockSize ? this.blockSize : this.blockSize - input.length();
      return input.fillWithByte(padding, padding), !0;
    };
    modes.ecb.prototype.unpad = function(output, options) {
      if (options.overflow > 0)
        return !1;
      var len = output.length();
      if (len === 0)
        return !0;
      var count = output.at(len - 1);
      if (count === 0 || count > this.blockSize || count > len)
        return !1;
      for (var i = 2; i <= count; ++i)
        if (output.at(len - i) !== count)
          return !1;
      return output.truncate(count), !0;
    };
    modes.cbc = function(options) {
      options = options || {}, this.name = "CBC", this.cipher = options.cipher, this.blockSize = options.blockSize || 16, this._ints = this.blockSize / 4, this._inBlock = new Array(this._ints), this._outBlock = new Array(this._ints);
    };
    modes.cbc.prototype.start = function(options) {
      if (options.iv === null) {
        if (!this._prev)
          throw new Error("Invalid IV parameter.");
        this._iv = this._prev.slice(0);
      } else if ("iv" in options)
        this._iv = transformIV(options.iv, this.blockSize), this._prev = this._iv.slice(0);
      else
        throw new Error("Invalid IV parameter.");
    };
    modes.cbc.prototype.encrypt = function(input, output, finish) {
      if (input.length() < this.blockSize && !(finish && input.length() > 0))
        return !0;
      for (var i = 0; i < this._ints; ++i)
        this._inBlock[i] = this._prev[i] ^ input.getInt32();
      this.cipher.encrypt(this._inBlock, this._outBlock);
      for (var i = 0; i < this._ints; ++i)
        output.putInt32(this._outBlock[i]);
      this._prev = this._outBlock;
    };
    modes.cbc.prototype.decrypt = function(input, output, finish) {
      if (input.length() < this.blockSize && !(finish && input.length() > 0))
        return !0;
      for (var i = 0; i < this._ints; ++i)
        this._inBlock[i] = input.getInt32();
      this.cipher.decrypt(this._inBlock, this._outBlock);
      for (var i = 0; i < this._ints; ++i)
        output.putInt32(this._prev[i] ^ this._outBlock[i]);
      this._prev = this._inBlock.slice(0);
    };
    modes.cbc.prototype.pad = function(input, options) {
      var padding = input.length() === this.blockSize ? this.blockSize : this.blockSize - input.length();
      return input.fillWithByte(padding, padding), !0;
    };
    modes.cbc.prototype.unpad = function(output, options) {
      if (options.overflow > 0)
        return !1;
      var len = output.length();
      if (len === 0)
        return !0;
      var count = output.at(len - 1);
      if (count === 0 || count > this.blockSize || count > len)
        return !1;
      for (var i = 2; i <= count; ++i)
        if (output.at(len - i) !== count)
          return !1;
      return output.truncate(count), !0;
    };
    modes.cfb = function(options) {
      options = options || {}, this.name = "CFB", this.cipher = options.cipher, this.blockSize = options.blockSize || 16, this._ints = this.blockSize / 4, this._inBlock = null, this._outBlock = new Array(this._ints), this._partialBlock = new Array(this._ints), this._partialOutput = forge3.util.createBuffer(), this._partialBytes = 0;
    };
    modes.cfb.prototype.start = function(options) {
      if (!("iv" in options))
        throw new Error("Invalid IV parameter.");
      this._iv = transformIV(options.iv, this.blockSize), this._inBlock = this._iv.slice(0), this._partialBytes = 0;
    };
    modes.cfb.prototype.encrypt = function(input, output, finish) {
      var inputLength = input.length();
      if (inputLength === 0)
        return !0;
      if (this.cipher.encrypt(this._inBlock, this._outBlock), this._partialBytes === 0 && inputLength >= this.blockSize) {
        for (var i = 0; i < this._ints; ++i)
          this._inBlock[i] = input.getInt32() ^ this._outBlock[i], output.putInt32(this._inBlock[i]);
        return;
      }
      var partialBytes = (this.blockSize - inputLength) % this.blockSize;
      partialBytes > 0 && (partialBytes = this.blockSize - partialBytes), this._partialOutput.clear();
      for (var i = 0; i < this._ints; ++i)
        this._partialBlock[i] = input.getInt32() ^ this._outBlock[i], this._partialOutput.putInt32(this._partialBlock[i]);
      if (partialBytes > 0)
        input.read -= this.blockSize;
      else
        for (var i = 0; i < this._ints; ++i)
          this._inBlock[i] = this._partialBlock[i];
      if (this._partialBytes > 0 && this._partialOutput.getBytes(this._partialBytes), partialBytes > 0 && !finish)
        return output.putBytes(this._partialOutput.getBytes(
          partialBytes - this._partialBytes
        )), this._partialBytes = partialBytes, !0;
      output.putBytes(this._partialOutput.getBytes(
        inputLength - this._partialBytes
      )), this._partialBytes = 0;
    };
    modes.cfb.prototype.decrypt = function(input, output, finish) {
      var inputLength = input.length();
      if (inputLength === 0)
        return !0;
      if (this.cipher.encrypt(this._inBlock, this._outBlock), this._partialBytes === 0 && inputLength >= this.blockSize) {
        for (var i = 0; i < this._ints; ++i)
          this._inBlock[i] = input.getInt32(), output.putInt32(this._inBlock[i] ^ this._outBlock[i]);
        return;
      }
      var partialBytes = (this.blockSize - inputLength) % this.blockSize;
      partialBytes > 0 && (partialBytes = this.blockSize - partialBytes), this._partialOutput.clear();
      for (var i = 0; i < this._ints; ++i)
        this._partialBlock[i] = input.getInt32(), this._partialOutput.putInt32(this._partialBlock[i] ^ this._outBlock[i]);
      if (partialBytes > 0)
        input.read -= this.blockSize;
      else
        for (var i = 0; i < this._ints; ++i)
          this._inBlock[i] = this._partialBlock[i];
      if (this._partialBytes > 0 && this._partialOutput.getBytes(this._partialBytes), partialBytes > 0 && !finish)
        return output.putBytes(this._partialOutput.getBytes(
          partialBytes - this._partialBytes
        )), this._partialBytes = partialBytes, !0;
      output.putBytes(this._partialOutput.getBytes(
        inputLength - this._partialBytes
      )), this._partialBytes = 0;
    };
    modes.ofb = function(options) {
      options = options || {}, this.name = "OFB", this.cipher = options.cipher, this.blockSize = options.blockSize || 16, this._ints = this.blockSize / 4, this._inBlock = null, this._outBlock = new Array(this._ints), this._partialOutput = forge3.util.createBuffer(), this._partialBytes = 0;
    };
    modes.ofb.prototype.start = function(options) {
      if (!("iv" in options))
        throw new Error("Invalid IV parameter.");
      this._iv = transformIV(options.iv, this.blockSize), this._inBlock = this._iv.slice(0), this._partialBytes = 0;
    };
    modes.ofb.prototype.encrypt = function(input, output, finish) {
      var inputLength = input.length();
      if (input.length() === 0)
        return !0;
      if (this.cipher.encrypt(this._inBlock, this._outBlock), this._partialBytes === 0 && inputLength >= this.blockSize) {
        for (var i = 0; i < this._ints; ++i)
          output.putInt32(input.getInt32() ^ this._outBlock[i]), this._inBlock[i] = this._outBlock[i];
        return;
      }
      var partialBytes = (this.blockSize - inputLength) % this.blockSize;
      partialBytes > 0 && (partialBytes = this.blockSize - partialBytes), this._partialOutput.clear();
      for (var i = 0; i < this._ints; ++i)
        this._partialOutput.putInt32(input.getInt32() ^ this._outBlock[i]);
      if (partialBytes > 0)
        input.read -= this.blockSize;
      else
        for (var i = 0; i < this._ints; ++i)
          this._inBlock[i] = this._outBlock[i];
      if (this._partialBytes > 0 && this._partialOutput.getBytes(this._partialBytes), partialBytes > 0 && !finish)
        return output.putBytes(this._partialOutput.getBytes(
          partialBytes - this._partialBytes
        )), this._partialBytes = partialBytes, !0;
      output.putBytes(this._partialOutput.getBytes(
        inputLength - this._partialBytes
      )), this._partialBytes = 0;
    };
    modes.ofb.prototype.decrypt = modes.ofb.prototype.encrypt;
    modes.ctr = function(options) {
      options = options || {}, this.name = "CTR", this.cipher = options.cipher, this.blockSize = options.blockSize || 16, this._ints = this.blockSize / 4, this._inBlock = null, this._outBlock = new Array(this._ints), this._partialOutput = forge3.util.createBuffer(), this._partialBytes = 0;
    };
    modes.ctr.prototype.start = function(options) {
      if (!("iv" in options))
        throw new Error("Invalid IV parameter.");
      this._iv = transformIV(options.iv, this.blockSize), this._inBlock = this._iv.slice(0), this._partialBytes = 0;
    };
    modes.ctr.prototype.encrypt = function(input, output, finish) {
      var inputLength = input.length();
      if (inputLength === 0)
        return !0;
      if (this.cipher.encrypt(this._inBlock, this._outBlock), this._partialBytes === 0 && inputLength >= this.blockSize)
        for (var i = 0; i < this._ints; ++i)
          output.putInt32(input.getInt32() ^ this._outBlock[i]);
      else {
        var partialBytes = (this.blockSize - inputLength) % this.blockSize;
        partialBytes > 0 && (partialBytes = this.blockSize - partialBytes), this._partialOutput.clear();
        for (var i = 0; i < this._ints; ++i)
          this._partialOutput.putInt32(input.getInt32() ^ this._outBlock[i]);
        if (partialBytes > 0 && (input.read -= this.blockSize), this._partialBytes > 0 && this._partialOutput.getBytes(this._partialBytes), partialBytes > 0 && !finish)
          return output.putBytes(this._partialOutput.getBytes(
            partialBytes - this._partialBytes
          )), this._partialBytes = partialBytes, !0;
        output.putBytes(this._partialOutput.getBytes(
          inputLength - this._partialBytes
        )), this._partialBytes = 0;
      }
      inc32(this._inBlock);
    };
    modes.ctr.prototype.decrypt = modes.ctr.prototype.encrypt;
    modes.gcm = function(options) {
      options = options || {}, this.name = "GCM", this.cipher = options.cipher, this.blockSize = options.blockSize || 16, this._ints = this.blockSize / 4, this._inBlock = new Array(this._ints), this._outBlock = new Array(this._ints), this._partialOutput = forge3.util.createBuffer(), this._partialBytes = 0, this._R = 3774873600;
    };
    modes.gcm.prototype.start = function(options) {
      if (!("iv" in options))
        throw new Error("Invalid IV parameter.");
      var iv = forge3.util.createBuffer(options.iv);
      this._cipherLength = 0;
      var additionalData;
      if ("additionalData" in options ? additionalData = forge3.util.createBuffer(options.additionalData) : additionalData = forge3.util.createBuffer(), options.tagLength !== void 0 && options.tagLength !== null ? this._tagLength = Number(options.tagLength) : this._tagLength = 128, [128, 120, 112, 104, 96, 64, 32].indexOf(this._tagLength) === -1)
        throw new Error("Invalid tag length.");
      if (this._tag = null, options.decrypt && (this._tag = forge3.util.createBuffer(options.tag).getBytes(), this._tag.length !== this._tagLength / 8))
        throw new Error("Authentication tag does not match tag length.");
      this._hashBlock = new Array(this._ints), this.tag = null, this._hashSubkey = new Array(this._ints), this.cipher.encrypt([0, 0, 0, 0], this._hashSubkey), this.componentBits = 4, this._m = this.generateHashTable(this._hashSubkey, this.componentBits);
      var ivLength = iv.length();
      if (ivLength === 12)
        this._j0 = [iv.getInt32(), iv.getInt32(), iv.getInt32(), 1];
      else {
        for (this._j0 = [0, 0, 0, 0]; iv.length() > 0; )
          this._j0 = this.ghash(
            this._hashSubkey,
            this._j0,
            [iv.getInt32(), iv.getInt32(), iv.getInt32(), iv.getInt32()]
          );
        this._j0 = this.ghash(
          this._hashSubkey,
          this._j0,
          [0, 0].concat(from64To32(ivLength * 8))
        );
      }
      this._inBlock = this._j0.slice(0), inc32(this._inBlock), this._partialBytes = 0, additionalData = forge3.util.createBuffer(additionalData), this._aDataLength = from64To32(additionalData.length() * 8);
      var overflow = additionalData.length() % this.blockSize;
      for (overflow && additionalData.fillWithByte(0, this.blockSize - overflow), this._s = [0, 0, 0, 0]; additionalData.length() > 0; )
        this._s = this.ghash(this._hashSubkey, this._s, [
          additionalData.getInt32(),
          additionalData.getInt32(),
          additionalData.getInt32(),
          additionalData.getInt32()
        ]);
    };
    modes.gcm.prototype.encrypt = function(input, output, finish) {
      var inputLength = input.length();
      if (inputLength === 0)
        return !0;
      if (this.cipher.encrypt(this._inBlock, this._outBlock), this._partialBytes === 0 && inputLength >= this.blockSize) {
        for (var i = 0; i < this._ints; ++i)
          output.putInt32(this._outBlock[i] ^= input.getInt32());
        this._cipherLength += this.blockSize;
      } else {
        var partialBytes = (this.blockSize - inputLength) % this.blockSize;
        partialBytes > 0 && (partialBytes = this.blockSize - partialBytes), this._partialOutput.clear();
        for (var i = 0; i < this._ints; ++i)
          this._partialOutput.putInt32(input.getInt32() ^ this._outBlock[i]);
        if (partialBytes <= 0 || finish) {
          if (finish) {
            var overflow = inputLength % this.blockSize;
            this._cipherLength += overflow, this._partialOutput.truncate(this.blockSize - overflow);
          } else
            this._cipherLength += this.blockSize;
          for (var i = 0; i < this._ints; ++i)
            this._outBlock[i] = this._partialOutput.getInt32();
          this._partialOutput.read -= this.blockSize;
        }
        if (this._partialBytes > 0 && this._partialOutput.getBytes(this._partialBytes), partialBytes > 0 && !finish)
          return input.read -= this.blockSize, output.putBytes(this._partialOutput.getBytes(
            partialBytes - this._partialBytes
          )), this._partialBytes = partialBytes, !0;
        output.putBytes(this._partialOutput.getBytes(
          inputLength - this._partialBytes
        )), this._partialBytes = 0;
      }
      this._s = this.ghash(this._hashSubkey, this._s, this._outBlock), inc32(this._inBlock);
    };
    modes.gcm.prototype.decrypt = function(input, output, finish) {
      var inputLength = input.length();
      if (inputLength < this.blockSize && !(finish && inputLength > 0))
        return !0;
      this.cipher.encrypt(this._inBlock, this._outBlock), inc32(this._inBlock), this._hashBlock[0] = input.getInt32(), this._hashBlock[1] = input.getInt32(), this._hashBlock[2] = input.getInt32(), this._hashBlock[3] = input.getInt32(), this._s = this.ghash(this._hashSubkey, this._s, this._hashBlock);
      for (var i = 0; i < this._ints; ++i)
        output.putInt32(this._outBlock[i] ^ this._hashBlock[i]);
      inputLength < this.blockSize ? this._cipherLength += inputLength % this.blockSize : this._cipherLength += this.blockSize;
    };
    modes.gcm.prototype.afterFinish = function(output, options) {
      var rval = !0;
      options.decrypt && options.overflow && output.truncate(this.blockSize - options.overflow), this.tag = forge3.util.createBuffer();
      var lengths = this._aDataLength.concat(from64To32(this._cipherLength * 8));
      this._s = this.ghash(this._hashSubkey, this._s, lengths);
      var tag = [];
      this.cipher.encrypt(this._j0, tag);
      for (var i = 0; i < this._ints; ++i)
        this.tag.putInt32(this._s[i] ^ tag[i]);
      return this.tag.truncate(this.tag.length() % (this._tagLength / 8)), options.decrypt && this.tag.bytes() !== this._tag && (rval = !1), rval;
    };
    modes.gcm.prototype.multiply = function(x, y) {
      for (var z_i = [0, 0, 0, 0], v_i = y.slice(0), i = 0; i < 128; ++i) {
        var x_i = x[i / 32 | 0] & 1 << 31 - i % 32;
        x_i && (z_i[0] ^= v_i[0], z_i[1] ^= v_i[1], z_i[2] ^= v_i[2], z_i[3] ^= v_i[3]), this.pow(v_i, v_i);
      }
      return z_i;
    };
    modes.gcm.prototype.pow = function(x, out) {
      for (var lsb = x[3] & 1, i = 3; i > 0; --i)
        out[i] = x[i] >>> 1 | (x[i - 1] & 1) << 31;
      out[0] = x[0] >>> 1, lsb && (out[0] ^= this._R);
    };
    modes.gcm.prototype.tableMultiply = function(x) {
      for (var z = [0, 0, 0, 0], i = 0; i < 32; ++i) {
        var idx = i / 8 | 0, x_i = x[idx] >>> (7 - i % 8) * 4 & 15, ah = this._m[i][x_i];
        z[0] ^= ah[0], z[1] ^= ah[1], z[2] ^= ah[2], z[3] ^= ah[3];
      }
      return z;
    };
    modes.gcm.prototype.ghash = function(h, y, x) {
      return y[0] ^= x[0], y[1] ^= x[1], y[2] ^= x[2], y[3] ^= x[3], this.tableMultiply(y);
    };
    modes.gcm.prototype.generateHashTable = function(h, bits) {
      for (var multiplier = 8 / bits, perInt = 4 * multiplier, size = 16 * multiplier, m = new Array(size), i = 0; i < size; ++i) {
        var tmp = [0, 0, 0, 0], idx = i / perInt | 0, shft = (perInt - 1 - i % perInt) * bits;
        tmp[idx] = 1 << bits - 1 << shft, m[i] = this.generateSubHashTable(this.multiply(tmp, h), bits);
      }
      return m;
    };
    modes.gcm.prototype.generateSubHashTable = function(mid, bits) {
      var size = 1 << bits, half = size >>> 1, m = new Array(size);
      m[half] = mid.slice(0);
      for (var i = half >>> 1; i > 0; )
        this.pow(m[2 * i], m[i] = []), i >>= 1;
      for (i = 2; i < half; ) {
        for (var j = 1; j < i; ++j) {
          var m_i = m[i], m_j = m[j];
          m[i + j] = [
            m_i[0] ^ m_j[0],
            m_i[1] ^ m_j[1],
            m_i[2] ^ m_j[2],
            m_i[3] ^ m_j[3]
          ];
        }
        i *= 2;
      }
      for (m[0] = [0, 0, 0, 0], i = half + 1; i < size; ++i) {
        var c = m[i ^ half];
        m[i] = [mid[0] ^ c[0], mid[1] ^ c[1], mid[2] ^ c[2], mid[3] ^ c[3]];
      }
      return m;
    };
    function transformIV(iv, blockSize) {
      if (typeof iv == "string" && (iv = forge3.util.createBuffer(iv)), forge3.util.isArray(iv) && iv.length > 4) {
        var tmp = iv;
        iv = forge3.util.createBuffer();
        for (var i = 0; i < tmp.length; ++i)
          iv.putByte(tmp[i]);
      }
      if (iv.length() < blockSize)
        throw new Error(
          "Invalid IV length; got " + iv.length() + " bytes and expected " + blockSize + " bytes."
        );
      if (!forge3.util.isArray(iv)) {
        for (var ints = [], blocks = blockSize / 4, i = 0; i < blocks; ++i)
          ints.push(iv.getInt32());
        iv = ints;
      }
      return iv;
    }
    function inc32(block) {
      block[block.length - 1] = block[block.length - 1] + 1 & 4294967295;
    }
    function from64To32(num) {
      return [num / 4294967296 | 0, num & 4294967295];
    }
  }
});

// node_modules/node-forge/lib/aes.js
var require_aes = __commonJS({
  "node_modules/node-forge/lib/aes.js"(exports, module) {
    var forge3 = require_forge();
    require_cipher();
    require_cipherModes();
    require_util();
    module.exports = forge3.aes = forge3.aes || {};
    forge3.aes.startEncrypting = function(key, iv, output, mode) {
      var cipher = _createCipher({
        key,
        output,
        decrypt: !1,
        mode
      });
      return cipher.start(iv), cipher;
    };
    forge3.aes.createEncryptionCipher = function(key, mode) {
      return _createCipher({
        key,
        output: null,
        decrypt: !1,
        mode
      });
    };
    forge3.aes.startDecrypting = function(key, iv, output, mode) {
      var cipher = _createCipher({
        key,
        output,
        decrypt: !0,
        mode
      });
      return cipher.start(iv), cipher;
    };
    forge3.aes.createDecryptionCipher = function(key, mode) {
      return _createCipher({
        key,
        output: null,
        decrypt: !0,
        mode
      });
    };
    forge3.aes.Algorithm = function(name, mode) {
      init || initialize();
      var self2 = this;
      self2.name = name, self2.mode = new mode({
        blockSize: 16,
        cipher: {
          encrypt: function(inBlock, outBlock) {
            return _updateBlock(self2._w, inBlock, outBlock, !1);
          },
          decrypt: function(inBlock, outBlock) {
            return _updateBlock(self2._w, inBlock, outBlock, !0);
          }
        }
      }), self2._init = !1;
    };
    forge3.aes.Algorithm.prototype.initialize = function(options) {
      if (!this._init) {
        var key = options.key, tmp;
        if (typeof key == "string" && (key.length === 16 || key.length === 24 || key.length === 32))
          key = forge3.util.createBuffer(key);
        else if (forge3.util.isArray(key) && (key.length === 16 || key.length === 24 || key.length === 32)) {
          tmp = key, key = forge3.util.createBuffer();
          for (var i = 0; i < tmp.length; ++i)
            key.putByte(tmp[i]);
        }
        if (!forge3.util.isArray(key)) {
          tmp = key, key = [];
          var len = tmp.length();
          if (len === 16 || len === 24 || len === 32) {
            len = len >>> 2;
            for (var i = 0; i < len; ++i)
              key.push(tmp.getInt32());
          }
        }
        if (!forge3.util.isArray(key) || !(key.length === 4 || key.length === 6 || key.length === 8))
          throw new Error("Invalid key parameter.");
        var mode = this.mode.name, encryptOp = ["CFB", "OFB", "CTR", "GCM"].indexOf(mode) !== -1;
        this._w = _expandKey(key, options.decrypt && !encryptOp), this._init = !0;
      }
    };
    forge3.aes._expandKey = function(key, decrypt) {
      return init || initialize(), _expandKey(key, decrypt);
    };
    forge3.aes._updateBlock = _updateBlock;
    registerAlgorithm("AES-ECB", forge3.cipher.modes.ecb);
    registerAlgorithm("AES-CBC", forge3.cipher.modes.cbc);
    registerAlgorithm("AES-CFB", forge3.cipher.modes.cfb);
    registerAlgorithm("AES-OFB", forge3.cipher.modes.ofb);
    registerAlgorithm("AES-CTR", forge3.cipher.modes.ctr);
    registerAlgorithm("AES-GCM", forge3.cipher.modes.gcm);
    function registerAlgorithm(name, mode) {
      var factory = function() {
        return new forge3.aes.Algorithm(name, mode);
      };
      forge3.cipher.registerAlgorithm(name, factory);
    }
    var init = !1, Nb = 4, sbox, isbox, rcon, mix, imix;
    function initialize() {
      init = !0, rcon = [0, 1, 2, 4, 8, 16, 32, 64, 128, 27, 54];
      for (var xtime = new Array(256), i = 0; i < 128; ++i)
        xtime[i] = i << 1, xtime[i + 128] = i + 128 << 1 ^ 283;
      sbox = new Array(256), isbox = new Array(256), mix = new Array(4), imix = new Array(4);
      for (var i = 0; i < 4; ++i)
        mix[i] = new Array(256), imix[i] = new Array(256);
      for (var e = 0, ei = 0, e2, e4, e8, sx, sx2, me, ime, i = 0; i < 256; ++i) {
        sx = ei ^ ei << 1 ^ ei << 2 ^ ei << 3 ^ ei << 4, sx = sx >> 8 ^ sx & 255 ^ 99, sbox[e] = sx, isbox[sx] = e, sx2 = xtime[sx], e2 = xtime[e], e4 = xtime[e2], e8 = xtime[e4], me = sx2 << 24 ^ // 2
        sx << 16 ^ // 1
        sx << 8 ^ // 1
        (sx ^ sx2), ime = (e2 ^ e4 ^ e8) << 24 ^ // E (14)
        (e ^ e8) << 16 ^ // 9
        (e ^ e4 ^ e8) << 8 ^ // D (13)
        (e ^ e2 ^ e8);
        for (var n = 0; n < 4; ++n)
          mix[n][e] = me, imix[n][sx] = ime, me = me << 24 | me >>> 8, ime = ime << 24 | ime >>> 8;
        e === 0 ? e = ei = 1 : (e = e2 ^ xtime[xtime[xtime[e2 ^ e8]]], ei ^= xtime[xtime[ei]]);
      }
    }
    function _expandKey(key, decrypt) {
      for (var w = key.slice(0), temp, iNk = 1, Nk = w.length, Nr1 = Nk + 6 + 1, end = Nb * Nr1, i = Nk; i < end; ++i)
        temp = w[i - 1], i % Nk === 0 ? (temp = sbox[temp >>> 16 & 255] << 24 ^ sbox[temp >>> 8 & 255] << 16 ^ sbox[temp & 255] << 8 ^ sbox[temp >>> 24] ^ rcon[iNk] << 24, iNk++) : Nk > 6 && i % Nk === 4 && (temp = sbox[temp >>> 24] << 24 ^ sbox[temp >>> 16 & 255] << 16 ^ sbox[temp >>> 8 & 255] << 8 ^ sbox[temp & 255]), w[i] = w[i - Nk] ^ temp;
      if (decrypt) {
        var tmp, m0 = imix[0], m1 = imix[1], m2 = imix[2], m3 = imix[3], wnew = w.slice(0);
        end = w.length;
        for (var i = 0, wi = end - Nb; i < end; i += Nb, wi -= Nb)
          if (i === 0 || i === end - Nb)
            wnew[i] = w[wi], wnew[i + 1] = w[wi + 3], wnew[i + 2] = w[wi + 2], wnew[i + 3] = w[wi + 1];
          else
            for (var n = 0; n < Nb; ++n)
              tmp = w[wi + n], wnew[i + (3 & -n)] = m0[sbox[tmp >>> 24]] ^ m1[sbox[tmp >>> 16 & 255]] ^ m2[sbox[tmp >>> 8 & 255]] ^ m3[sbox[tmp & 255]];
        w = wnew;
      }
      return w;
    }
    function _updateBlock(w, input, output, decrypt) {
      var Nr = w.length / 4 - 1, m0, m1, m2, m3, sub;
      decrypt ? (m0 = imix[0], m1 = imix[1], m2 = imix[2], m3 = imix[3], sub = isbox) : (m0 = mix[0], m1 = mix[1], m2 = mix[2], m3 = mix[3], sub = sbox);
      var a, b, c, d, a2, b2, c2;
      a = input[0] ^ w[0], b = input[decrypt ? 3 : 1] ^ w[1], c = input[2] ^ w[2], d = input[decrypt ? 1 : 3] ^ w[3];
      for (var i = 3, round = 1; round < Nr; ++round)
        a2 = m0[a >>> 24] ^ m1[b >>> 16 & 255] ^ m2[c >>> 8 & 255] ^ m3[d & 255] ^ w[++i], b2 = m0[b >>> 24] ^ m1[c >>> 16 & 255] ^ m2[d >>> 8 & 255] ^ m3[a & 255] ^ w[++i], c2 = m0[c >>> 24] ^ m1[d >>> 16 & 255] ^ m2[a >>> 8 & 255] ^ m3[b & 255] ^ w[++i], d = m0[d >>> 24] ^ m1[a >>> 16 & 255] ^ m2[b >>> 8 & 255] ^ m3[c & 255] ^ w[++i], a = a2, b = b2, c = c2;
      output[0] = sub[a >>> 24] << 24 ^ sub[b >>> 16 & 255] << 16 ^ sub[c >>> 8 & 255] << 8 ^ sub[d & 255] ^ w[++i], output[decrypt ? 3 : 1] = sub[b >>> 24] << 24 ^ sub[c >>> 16 & 255] << 16 ^ sub[d >>> 8 & 255] << 8 ^ sub[a & 255] ^ w[++i], output[2] = sub[c >>> 24] << 24 ^ sub[d >>> 16 & 255] << 16 ^ sub[a >>> 8 & 255] << 8 ^ sub[b & 255] ^ w[++i], output[decrypt ? 1 : 3] = sub[d >>> 24] << 24 ^ sub[a >>> 16 & 255] << 16 ^ sub[b >>> 8 & 255] << 8 ^ sub[c & 255] ^ w[++i];
    }
    function _createCipher(options) {
      options = options || {};
      var mode = (options.mode || "CBC").toUpperCase(), algorithm = "AES-" + mode, cipher;
      options.decrypt ? cipher = forge3.cipher.createDecipher(algorithm, options.key) : cipher = forge3.cipher.createCipher(algorithm, options.key);
      var start = cipher.start;
      return cipher.start = function(iv, options2) {
        var output = null;
        options2 instanceof forge3.util.ByteBuffer && (output = options2, options2 = {}), options2 = options2 || {}, options2.output = output, options2.iv = iv, start.call(cipher, options2);
      }, cipher;
    }
  }
});

// node_modules/node-forge/lib/oids.js
var require_oids = __commonJS({
  "node_modules/node-forge/lib/oids.js"(exports, module) {
    var forge3 = require_forge();
    forge3.pki = forge3.pki || {};
    var oids = module.exports = forge3.pki.oids = forge3.oids = forge3.oids || {};
    function _IN(id, name) {
      oids[id] = name, oids[name] = id;
    }
    function _I_(id, name) {
      oids[id] = name;
    }
    _IN("1.2.840.113549.1.1.1", "rsaEncryption");
    _IN("1.2.840.113549.1.1.4", "md5WithRSAEncryption");
    _IN("1.2.840.113549.1.1.5", "sha1WithRSAEncryption");
    _IN("1.2.840.113549.1.1.7", "RSAES-OAEP");
    _IN("1.2.840.113549.1.1.8", "mgf1");
    _IN("1.2.840.113549.1.1.9", "pSpecified");
    _IN("1.2.840.113549.1.1.10", "RSASSA-PSS");
    _IN("1.2.840.113549.1.1.11", "sha256WithRSAEncryption");
    _IN("1.2.840.113549.1.1.12", "sha384WithRSAEncryption");
    _IN("1.2.840.113549.1.1.13", "sha512WithRSAEncryption");
    _IN("1.3.101.112", "EdDSA25519");
    _IN("1.2.840.10040.4.3", "dsa-with-sha1");
    _IN("1.3.14.3.2.7", "desCBC");
    _IN("1.3.14.3.2.26", "sha1");
    _IN("1.3.14.3.2.29", "sha1WithRSASignature");
    _IN("2.16.840.1.101.3.4.2.1", "sha256");
    _IN("2.16.840.1.101.3.4.2.2", "sha384");
    _IN("2.16.840.1.101.3.4.2.3", "sha512");
    _IN("2.16.840.1.101.3.4.2.4", "sha224");
    _IN("2.16.840.1.101.3.4.2.5", "sha512-224");
    _IN("2.16.840.1.101.3.4.2.6", "sha512-256");
    _IN("1.2.840.113549.2.2", "md2");
    _IN("1.2.840.113549.2.5", "md5");
    _IN("1.2.840.113549.1.7.1", "data");
    _IN("1.2.840.113549.1.7.2", "signedData");
    _IN("1.2.840.113549.1.7.3", "envelopedData");
    _IN("1.2.840.113549.1.7.4", "signedAndEnvelopedData");
    _IN("1.2.840.113549.1.7.5", "digestedData");
    _IN("1.2.840.113549.1.7.6", "encryptedData");
    _IN("1.2.840.113549.1.9.1", "emailAddress");
    _IN("1.2.840.113549.1.9.2", "unstructuredName");
    _IN("1.2.840.113549.1.9.3", "contentType");
    _IN("1.2.840.113549.1.9.4", "messageDigest");
    _IN("1.2.840.113549.1.9.5", "signingTime");
    _IN("1.2.840.113549.1.9.6", "counterSignature");
    _IN("1.2.840.113549.1.9.7", "challengePassword");
    _IN("1.2.840.113549.1.9.8", "unstructuredAddress");
    _IN("1.2.840.113549.1.9.14", "extensionRequest");
    _IN("1.2.840.113549.1.9.20", "friendlyName");
    _IN("1.2.840.113549.1.9.21", "localKeyId");
    _IN("1.2.840.113549.1.9.22.1", "x509Certificate");
    _IN("1.2.840.113549.1.12.10.1.1", "keyBag");
    _IN("1.2.840.113549.1.12.10.1.2", "pkcs8ShroudedKeyBag");
    _IN("1.2.840.113549.1.12.10.1.3", "certBag");
    _IN("1.2.840.113549.1.12.10.1.4", "crlBag");
    _IN("1.2.840.113549.1.12.10.1.5", "secretBag");
    _IN("1.2.840.113549.1.12.10.1.6", "safeContentsBag");
    _IN("1.2.840.113549.1.5.13", "pkcs5PBES2");
    _IN("1.2.840.113549.1.5.12", "pkcs5PBKDF2");
    _IN("1.2.840.113549.1.12.1.1", "pbeWithSHAAnd128BitRC4");
    _IN("1.2.840.113549.1.12.1.2", "pbeWithSHAAnd40BitRC4");
    _IN("1.2.840.113549.1.12.1.3", "pbeWithSHAAnd3-KeyTripleDES-CBC");
    _IN("1.2.840.113549.1.12.1.4", "pbeWithSHAAnd2-KeyTripleDES-CBC");
    _IN("1.2.840.113549.1.12.1.5", "pbeWithSHAAnd128BitRC2-CBC");
    _IN("1.2.840.113549.1.12.1.6", "pbewithSHAAnd40BitRC2-CBC");
    _IN("1.2.840.113549.2.7", "hmacWithSHA1");
    _IN("1.2.840.113549.2.8", "hmacWithSHA224");
    _IN("1.2.840.113549.2.9", "hmacWithSHA256");
    _IN("1.2.840.113549.2.10", "hmacWithSHA384");
    _IN("1.2.840.113549.2.11", "hmacWithSHA512");
    _IN("1.2.840.113549.3.7", "des-EDE3-CBC");
    _IN("2.16.840.1.101.3.4.1.2", "aes128-CBC");
    _IN("2.16.840.1.101.3.4.1.22", "aes192-CBC");
    _IN("2.16.840.1.101.3.4.1.42", "aes256-CBC");
    _IN("2.5.4.3", "commonName");
    _IN("2.5.4.4", "surname");
    _IN("2.5.4.5", "serialNumber");
    _IN("2.5.4.6", "countryName");
    _IN("2.5.4.7", "localityName");
    _IN("2.5.4.8", "stateOrProvinceName");
    _IN("2.5.4.9", "streetAddress");
    _IN("2.5.4.10", "organizationName");
    _IN("2.5.4.11", "organizationalUnitName");
    _IN("2.5.4.12", "title");
    _IN("2.5.4.13", "description");
    _IN("2.5.4.15", "businessCategory");
    _IN("2.5.4.17", "postalCode");
    _IN("2.5.4.42", "givenName");
    _IN("2.5.4.65", "pseudonym");
    _IN("1.3.6.1.4.1.311.60.2.1.2", "jurisdictionOfIncorporationStateOrProvinceName");
    _IN("1.3.6.1.4.1.311.60.2.1.3", "jurisdictionOfIncorporationCountryName");
    _IN("2.16.840.1.113730.1.1", "nsCertType");
    _IN("2.16.840.1.113730.1.13", "nsComment");
    _I_("2.5.29.1", "authorityKeyIdentifier");
    _I_("2.5.29.2", "keyAttributes");
    _I_("2.5.29.3", "certificatePolicies");
    _I_("2.5.29.4", "keyUsageRestriction");
    _I_("2.5.29.5", "policyMapping");
    _I_("2.5.29.6", "subtreesConstraint");
    _I_("2.5.29.7", "subjectAltName");
    _I_("2.5.29.8", "issuerAltName");
    _I_("2.5.29.9", "subjectDirectoryAttributes");
    _I_("2.5.29.10", "basicConstraints");
    _I_("2.5.29.11", "nameConstraints");
    _I_("2.5.29.12", "policyConstraints");
    _I_("2.5.29.13", "basicConstraints");
    _IN("2.5.29.14", "subjectKeyIdentifier");
    _IN("2.5.29.15", "keyUsage");
    _I_("2.5.29.16", "privateKeyUsagePeriod");
    _IN("2.5.29.17", "subjectAltName");
    _IN("2.5.29.18", "issuerAltName");
    _IN("2.5.29.19", "basicConstraints");
    _I_("2.5.29.20", "cRLNumber");
    _I_("2.5.29.21", "cRLReason");
    _I_("2.5.29.22", "expirationDate");
    _I_("2.5.29.23", "instructionCode");
    _I_("2.5.29.24", "invalidityDate");
    _I_("2.5.29.25", "cRLDistributionPoints");
    _I_("2.5.29.26", "issuingDistributionPoint");
    _I_("2.5.29.27", "deltaCRLIndicator");
    _I_("2.5.29.28", "issuingDistributionPoint");
    _I_("2.5.29.29", "certificateIssuer");
    _I_("2.5.29.30", "nameConstraints");
    _IN("2.5.29.31", "cRLDistributionPoints");
    _IN("2.5.29.32", "certificatePolicies");
    _I_("2.5.29.33", "policyMappings");
    _I_("2.5.29.34", "policyConstraints");
    _IN("2.5.29.35", "authorityKeyIdentifier");
    _I_("2.5.29.36", "policyConstraints");
    _IN("2.5.29.37", "extKeyUsage");
    _I_("2.5.29.46", "freshestCRL");
    _I_("2.5.29.54", "inhibitAnyPolicy");
    _IN("1.3.6.1.4.1.11129.2.4.2", "timestampList");
    _IN("1.3.6.1.5.5.7.1.1", "authorityInfoAccess");
    _IN("1.3.6.1.5.5.7.3.1", "serverAuth");
    _IN("1.3.6.1.5.5.7.3.2", "clientAuth");
    _IN("1.3.6.1.5.5.7.3.3", "codeSigning");
    _IN("1.3.6.1.5.5.7.3.4", "emailProtection");
    _IN("1.3.6.1.5.5.7.3.8", "timeStamping");
  }
});

// node_modules/node-forge/lib/asn1.js
var require_asn1 = __commonJS({
  "node_modules/node-forge/lib/asn1.js"(exports, module) {
    var forge3 = require_forge();
    require_util();
    require_oids();
    var asn1 = module.exports = forge3.asn1 = forge3.asn1 || {};
    asn1.Class = {
      UNIVERSAL: 0,
      APPLICATION: 64,
      CONTEXT_SPECIFIC: 128,
      PRIVATE: 192
    };
    asn1.Type = {
      NONE: 0,
      BOOLEAN: 1,
      INTEGER: 2,
      BITSTRING: 3,
      OCTETSTRING: 4,
      NULL: 5,
      OID: 6,
      ODESC: 7,
      EXTERNAL: 8,
      REAL: 9,
      ENUMERATED: 10,
      EMBEDDED: 11,
      UTF8: 12,
      ROID: 13,
      SEQUENCE: 16,
      SET: 17,
      PRINTABLESTRING: 19,
      IA5STRING: 22,
      UTCTIME: 23,
      GENERALIZEDTIME: 24,
      BMPSTRING: 30
    };
    asn1.maxDepth = 256;
    asn1.create = function(tagClass, type, constructed, value, options) {
      if (forge3.util.isArray(value)) {
        for (var tmp = [], i = 0; i < value.length; ++i)
          value[i] !== void 0 && tmp.push(value[i]);
        value = tmp;
      }
      var obj = {
        tagClass,
        type,
        constructed,
        composed: constructed || forge3.util.isArray(value),
        value
      };
      return options && "bitStringContents" in options && (obj.bitStringContents = options.bitStringContents, obj.original = asn1.copy(obj)), obj;
    };
    asn1.copy = function(obj, options) {
      var copy;
      if (forge3.util.isArray(obj)) {
        copy = [];
        for (var i = 0; i < obj.length; ++i)
          copy.push(asn1.copy(obj[i], options));
        return copy;
      }
      return typeof obj == "string" ? obj : (copy = {
        tagClass: obj.tagClass,
        type: obj.type,
        constructed: obj.constructed,
        composed: obj.composed,
        value: asn1.copy(obj.value, options)
      }, options && !options.excludeBitStringContents && (copy.bitStringContents = obj.bitStringContents), copy);
    };
    asn1.equals = function(obj1, obj2, options) {
      if (forge3.util.isArray(obj1)) {
        if (!forge3.util.isArray(obj2) || obj1.length !== obj2.length)
          return !1;
        for (var i = 0; i < obj1.length; ++i)
          if (!asn1.equals(obj1[i], obj2[i]))
            return !1;
        return !0;
      }
      if (typeof obj1 != typeof obj2)
        return !1;
      if (typeof obj1 == "string")
        return obj1 === obj2;
      var equal = obj1.tagClass === obj2.tagClass && obj1.type === obj2.type && obj1.constructed === obj2.constructed && obj1.composed === obj2.composed && asn1.equals(obj1.value, obj2.value);
      return options && options.includeBitStringContents && (equal = equal && obj1.bitStringContents === obj2.bitStringContents), equal;
    };
    asn1.getBerValueLength = function(b) {
      var b2 = b.getByte();
      if (b2 !== 128) {
        var length, longForm = b2 & 128;
        return longForm ? length = b.getInt((b2 & 127) << 3) : length = b2, length;
      }
    };
    function _checkBufferLength(bytes, remaining, n) {
      if (n > remaining) {
        var error = new Error("Too few bytes to parse DER.");
        throw error.available = bytes.length(), error.remaining = remaining, error.requested = n, error;
      }
    }
    var _getValueLength = function(bytes, remaining) {
      var b2 = bytes.getByte();
      if (remaining--, b2 !== 128) {
        var length, longForm = b2 & 128;
        if (!longForm)
          length = b2;
        else {
          var longFormBytes = b2 & 127;
          _checkBufferLength(bytes, remaining, longFormBytes), length = bytes.getInt(longFormBytes << 3);
        }
        if (length < 0)
          throw new Error("Negative length: " + length);
        return length;
      }
    };
    asn1.fromDer = function(bytes, options) {
      options === void 0 && (options = {
        strict: !0,
        parseAllBytes: !0,
        decodeBitStrings: !0
      }), typeof options == "boolean" && (options = {
        strict: options,
        parseAllBytes: !0,
        decodeBitStrings: !0
      }), "strict" in options || (options.strict = !0), "parseAllBytes" in options || (options.parseAllBytes = !0), "decodeBitStrings" in options || (options.decodeBitStrings = !0), "maxDepth" in options || (options.maxDepth = asn1.maxDepth), typeof bytes == "string" && (bytes = forge3.util.createBuffer(bytes));
      var byteCount = bytes.length(), value = _fromDer(bytes, bytes.length(), 0, options);
      if (options.parseAllBytes && bytes.length() !== 0) {
        var error = new Error("Unparsed DER bytes remain after ASN.1 parsing.");
        throw error.byteCount = byteCount, error.remaining = bytes.length(), error;
      }
      return value;
    };
    function _fromDer(bytes, remaining, depth, options) {
      if (depth >= options.maxDepth)
        throw new Error("ASN.1 parsing error: Max depth exceeded.");
      var start;
      _checkBufferLength(bytes, remaining, 2);
      var b1 = bytes.getByte();
      remaining--;
      var tagClass = b1 & 192, type = b1 & 31;
      start = bytes.length();
      var length = _getValueLength(bytes, remaining);
      if (remaining -= start - bytes.length(), length !== void 0 && length > remaining) {
        if (options.strict) {
          var error = new Error("Too few bytes to read ASN.1 value.");
          throw error.available = bytes.length(), error.remaining = remaining, error.requested = length, error;
        }
        length = remaining;
      }
      var value, bitStringContents, constructed = (b1 & 32) === 32;
      if (constructed)
        if (value = [], length === void 0)
          for (; ; ) {
            if (_checkBufferLength(bytes, remaining, 2), bytes.bytes(2) === "\0\0") {
              bytes.getBytes(2), remaining -= 2;
              break;
            }
            start = bytes.length(), value.push(_fromDer(bytes, remaining, depth + 1, options)), remaining -= start - bytes.length();
          }
        else
          for (; length > 0; )
            start = bytes.length(), value.push(_fromDer(bytes, length, depth + 1, options)), remaining -= start - bytes.length(), length -= start - bytes.length();
      if (value === void 0 && tagClass === asn1.Class.UNIVERSAL && type === asn1.Type.BITSTRING && (bitStringContents = bytes.bytes(length)), value === void 0 && options.decodeBitStrings && tagClass === asn1.Class.UNIVERSAL && // FIXME: OCTET STRINGs not yet supported here
      // .. other parts of forge expect to decode OCTET STRINGs manually
      type === asn1.Type.BITSTRING && length > 1) {
        var savedRead = bytes.read, savedRemaining = remaining, unused = 0;
        if (type === asn1.Type.BITSTRING && (_checkBufferLength(bytes, remaining, 1), unused = bytes.getByte(), remaining--), unused === 0)
          try {
            start = bytes.length();
            var subOptions = {
              // enforce strict mode to avoid parsing ASN.1 from plain data
              strict: !0,
              // only decode one level of BIT STRINGs, nested decoding has
              // quadratic cost due to copies for change detection
              decodeBitStrings: !1,
              maxDepth: options.maxDepth
            }, composed = _fromDer(bytes, remaining, depth + 1, subOptions), used = start - bytes.length();
            remaining -= used, type == asn1.Type.BITSTRING && used++;
            var tc = composed.tagClass;
            used === length && (tc === asn1.Class.UNIVERSAL || tc === asn1.Class.CONTEXT_SPECIFIC) && (value = [composed]);
          } catch {
          }
        value === void 0 && (bytes.read = savedRead, remaining = savedRemaining);
      }
      if (value === void 0) {
        if (length === void 0) {
          if (options.strict)
            throw new Error("Non-constructed ASN.1 object of indefinite length.");
          length = remaining;
        }
        if (type === asn1.Type.BMPSTRING)
          for (value = ""; length > 0; length -= 2)
            _checkBufferLength(bytes, remaining, 2), value += String.fromCharCode(bytes.getInt16()), remaining -= 2;
        else
          value = bytes.getBytes(length), remaining -= length;
      }
      var asn1Options = bitStringContents === void 0 ? null : {
        bitStringContents
      };
      return asn1.create(tagClass, type, constructed, value, asn1Options);
    }
    asn1.toDer = function(obj) {
      var bytes = forge3.util.createBuffer(), b1 = obj.tagClass | obj.type, value = forge3.util.createBuffer(), useBitStringContents = !1;
      if ("bitStringContents" in obj && (useBitStringContents = !0, obj.original && (useBitStringContents = asn1.equals(obj, obj.original))), useBitStringContents)
        value.putBytes(obj.bitStringContents);
      else if (obj.composed) {
        obj.constructed ? b1 |= 32 : value.putByte(0);
        for (var i = 0; i < obj.value.length; ++i)
          obj.value[i] !== void 0 && value.putBuffer(asn1.toDer(obj.value[i]));
      } else if (obj.type === asn1.Type.BMPSTRING)
        for (var i = 0; i < obj.value.length; ++i)
          value.putInt16(obj.value.charCodeAt(i));
      else
        obj.type === asn1.Type.INTEGER && obj.value.length > 1 && // leading 0x00 for positive integer
        (obj.value.charCodeAt(0) === 0 && (obj.value.charCodeAt(1) & 128) === 0 || // leading 0xFF for negative integer
        obj.value.charCodeAt(0) === 255 && (obj.value.charCodeAt(1) & 128) === 128) ? value.putBytes(obj.value.substr(1)) : value.putBytes(obj.value);
      if (bytes.putByte(b1), value.length() <= 127)
        bytes.putByte(value.length() & 127);
      else {
        var len = value.length(), lenBytes = "";
        do
          lenBytes += String.fromCharCode(len & 255), len = len >>> 8;
        while (len > 0);
        bytes.putByte(lenBytes.length | 128);
        for (var i = lenBytes.length - 1; i >= 0; --i)
          bytes.putByte(lenBytes.charCodeAt(i));
      }
      return bytes.putBuffer(value), bytes;
    };
    asn1.oidToDer = function(oid) {
      var values = oid.split("."), bytes = forge3.util.createBuffer(), first = parseInt(values[0], 10), second = parseInt(values[1], 10);
      if (!(first >= 0 && first <= 2 && second >= 0) || first < 2 && second > 39)
        throw new Error("Invalid OID; the first two arcs are out of range.");
      for (var last, valueBytes, value, b, i = 1; i < values.length; ++i) {
        if (last = !0, valueBytes = [], value = i === 1 ? 40 * first + second : parseInt(values[i], 10), value > 4294967295)
          throw new Error("OID value too large; max is 32-bits.");
        do
          b = value & 127, value = value >>> 7, last || (b |= 128), valueBytes.push(b), last = !1;
        while (value > 0);
        for (var n = valueBytes.length - 1; n >= 0; --n)
          bytes.putByte(valueBytes[n]);
      }
      return bytes;
    };
    asn1.derToOid = function(bytes) {
      var oid;
      typeof bytes == "string" && (bytes = forge3.util.createBuffer(bytes));
      for (var b, value = 0, first = !0; bytes.length() > 0; ) {
        if (value > 70368744177663)
          throw new Error("OID value too large; max is 53-bits.");
        b = bytes.getByte(), value = value * 128, b & 128 ? value += b & 127 : (value += b, first ? (oid = value < 80 ? Math.floor(value / 40) + "." + value % 40 : "2." + (value - 80), first = !1) : oid += "." + value, value = 0);
      }
      return oid;
    };
    asn1.utcTimeToDate = function(utc) {
      var date = /* @__PURE__ */ new Date(), year = parseInt(utc.substr(0, 2), 10);
      year = year >= 50 ? 1900 + year : 2e3 + year;
      var MM = parseInt(utc.substr(2, 2), 10) - 1, DD = parseInt(utc.substr(4, 2), 10), hh = parseInt(utc.substr(6, 2), 10), mm = parseInt(utc.substr(8, 2), 10), ss = 0;
      if (utc.length > 11) {
        var c = utc.charAt(10), end = 10;
        c !== "+" && c !== "-" && (ss = parseInt(utc.substr(10, 2), 10), end += 2);
      }
      if (date.setUTCFullYear(year, MM, DD), date.setUTCHours(hh, mm, ss, 0), end && (c = utc.charAt(end), c === "+" || c === "-")) {
        var hhoffset = parseInt(utc.substr(end + 1, 2), 10), mmoffset = parseInt(utc.substr(end + 4, 2), 10), offset = hhoffset * 60 + mmoffset;
        offset *= 6e4, c === "+" ? date.setTime(+date - offset) : date.setTime(+date + offset);
      }
      return date;
    };
    asn1.generalizedTimeToDate = function(gentime) {
      var date = /* @__PURE__ */ new Date(), YYYY = parseInt(gentime.substr(0, 4), 10), MM = parseInt(gentime.substr(4, 2), 10) - 1, DD = parseInt(gentime.substr(6, 2), 10), hh = parseInt(gentime.substr(8, 2), 10), mm = parseInt(gentime.substr(10, 2), 10), ss = parseInt(gentime.substr(12, 2), 10), fff = 0, offset = 0, isUTC = !1;
      gentime.charAt(gentime.length - 1) === "Z" && (isUTC = !0);
      var end = gentime.length - 5, c = gentime.charAt(end);
      if (c === "+" || c === "-") {
        var hhoffset = parseInt(gentime.substr(end + 1, 2), 10), mmoffset = parseInt(gentime.substr(end + 4, 2), 10);
        offset = hhoffset * 60 + mmoffset, offset *= 6e4, c === "+" && (offset *= -1), isUTC = !0;
      }
      return gentime.charAt(14) === "." && (fff = parseFloat(gentime.substr(14), 10) * 1e3), isUTC ? (date.setUTCFullYear(YYYY, MM, DD), date.setUTCHours(hh, mm, ss, fff), date.setTime(+date + offset)) : (date.setFullYear(YYYY, MM, DD), date.setHours(hh, mm, ss, fff)), date;
    };
    asn1.dateToUtcTime = function(date) {
      if (typeof date == "string")
        return date;
      var rval = "", format = [];
      format.push(("" + date.getUTCFullYear()).substr(2)), format.push("" + (date.getUTCMonth() + 1)), format.push("" + date.getUTCDate()), format.push("" + date.getUTCHours()), format.push("" + date.getUTCMinutes()), format.push("" + date.getUTCSeconds());
      for (var i = 0; i < format.length; ++i)
        format[i].length < 2 && (rval += "0"), rval += format[i];
      return rval += "Z", rval;
    };
    asn1.dateToGeneralizedTime = function(date) {
      if (typeof date == "string")
        return date;
      var rval = "", format = [];
      format.push("" + date.getUTCFullYear()), format.push("" + (date.getUTCMonth() + 1)), format.push("" + date.getUTCDate()), format.push("" + date.getUTCHours()), format.push("" + date.getUTCMinutes()), format.push("" + date.getUTCSeconds());
      for (var i = 0; i < format.length; ++i)
        format[i].length < 2 && (rval += "0"), rval += format[i];
      return rval += "Z", rval;
    };
    asn1.integerToDer = function(x) {
      var rval = forge3.util.createBuffer();
      if (x >= -128 && x < 128)
        return rval.putSignedInt(x, 8);
      if (x >= -32768 && x < 32768)
        return rval.putSignedInt(x, 16);
      if (x >= -8388608 && x < 8388608)
        return rval.putSignedInt(x, 24);
      if (x >= -2147483648 && x < 2147483648)
        return rval.putSignedInt(x, 32);
      var error = new Error("Integer too large; max is 32-bits.");
      throw error.integer = x, error;
    };
    asn1.derToInteger = function(bytes) {
      typeof bytes == "string" && (bytes = forge3.util.createBuffer(bytes));
      var n = bytes.length() * 8;
      if (n > 32)
        throw new Error("Integer too large; max is 32-bits.");
      return bytes.getSignedInt(n);
    };
    asn1.validate = function(obj, v, capture, errors) {
      var rval = !1;
      if ((obj.tagClass === v.tagClass || typeof v.tagClass > "u") && (obj.type === v.type || typeof v.type > "u"))
        if (obj.constructed === v.constructed || typeof v.constructed > "u") {
          if (rval = !0, v.value && forge3.util.isArray(v.value))
            for (var j = 0, i = 0; rval && i < v.value.length; ++i) {
              var schemaItem = v.value[i];
              rval = !!schemaItem.optional;
              var objChild = obj.value[j];
              if (!objChild) {
                schemaItem.optional || (rval = !1, errors && errors.push("[" + v.name + '] Missing required element. Expected tag class "' + schemaItem.tagClass + '", type "' + schemaItem.type + '"'));
                continue;
              }
              var schemaHasTag = typeof schemaItem.tagClass < "u" && typeof schemaItem.type < "u";
              if (schemaHasTag && (objChild.tagClass !== schemaItem.tagClass || objChild.type !== schemaItem.type))
                if (schemaItem.optional) {
                  rval = !0;
                  continue;
                } else {
                  rval = !1, errors && errors.push("[" + v.name + "] Tag mismatch. Expected (" + schemaItem.tagClass + "," + schemaItem.type + "), got (" + objChild.tagClass + "," + objChild.type + ")");
                  break;
                }
              var childRval = asn1.validate(objChild, schemaItem, capture, errors);
              if (childRval)
                ++j, rval = !0;
              else if (schemaItem.optional)
                rval = !0;
              else {
                rval = !1;
                break;
              }
            }
          if (rval && capture && (v.capture && (capture[v.capture] = obj.value), v.captureAsn1 && (capture[v.captureAsn1] = obj), v.captureBitStringContents && "bitStringContents" in obj && (capture[v.captureBitStringContents] = obj.bitStringContents), v.captureBitStringValue && "bitStringContents" in obj)) {
            var value;
            if (obj.bitStringContents.length < 2)
              capture[v.captureBitStringValue] = "";
            else {
              var unused = obj.bitStringContents.charCodeAt(0);
              if (unused !== 0)
                throw new Error(
                  "captureBitStringValue only supported for zero unused bits"
                );
              capture[v.captureBitStringValue] = obj.bitStringContents.slice(1);
            }
          }
        } else errors && errors.push(
          "[" + v.name + '] Expected constructed "' + v.constructed + '", got "' + obj.constructed + '"'
        );
      else errors && (obj.tagClass !== v.tagClass && errors.push(
        "[" + v.name + '] Expected tag class "' + v.tagClass + '", got "' + obj.tagClass + '"'
      ), obj.type !== v.type && errors.push(
        "[" + v.name + '] Expected type "' + v.type + '", got "' + obj.type + '"'
      ));
      return rval;
    };
    var _nonLatinRegex = /[^\\u0000-\\u00ff]/;
    asn1.prettyPrint = function(obj, level, indentation) {
      var rval = "";
      level = level || 0, indentation = indentation || 2, level > 0 && (rval += `
`);
      for (var indent = "", i = 0; i < level * indentation; ++i)
        indent += " ";
      switch (rval += indent + "Tag: ", obj.tagClass) {
        case asn1.Class.UNIVERSAL:
          rval += "Universal:";
          break;
        case asn1.Class.APPLICATION:
          rval += "Application:";
          break;
        case asn1.Class.CONTEXT_SPECIFIC:
          rval += "Context-Specific:";
          break;
        case asn1.Class.PRIVATE:
          rval += "Private:";
          break;
      }
      if (obj.tagClass === asn1.Class.UNIVERSAL)
        switch (rval += obj.type, obj.type) {
          case asn1.Type.NONE:
            rval += " (None)";
            break;
          case asn1.Type.BOOLEAN:
            rval += " (Boolean)";
            break;
          case asn1.Type.INTEGER:
            rval += " (Integer)";
            break;
          case asn1.Type.BITSTRING:
            rval += " (Bit string)";
            break;
          case asn1.Type.OCTETSTRING:
            rval += " (Octet string)";
            break;
          case asn1.Type.NULL:
            rval += " (Null)";
            break;
          case asn1.Type.OID:
            rval += " (Object Identifier)";
            break;
          case asn1.Type.ODESC:
            rval += " (Object Descriptor)";
            break;
          case asn1.Type.EXTERNAL:
            rval += " (External or Instance of)";
            break;
          case asn1.Type.REAL:
            rval += " (Real)";
            break;
          case asn1.Type.ENUMERATED:
            rval += " (Enumerated)";
            break;
          case asn1.Type.EMBEDDED:
            rval += " (Embedded PDV)";
            break;
          case asn1.Type.UTF8:
            rval += " (UTF8)";
            break;
          case asn1.Type.ROID:
            rval += " (Relative Object Identifier)";
            break;
          case asn1.Type.SEQUENCE:
            rval += " (Sequence)";
            break;
          case asn1.Type.SET:
            rval += " (Set)";
            break;
          case asn1.Type.PRINTABLESTRING:
            rval += " (Printable String)";
            break;
          case asn1.Type.IA5String:
            rval += " (IA5String (ASCII))";
            break;
          case asn1.Type.UTCTIME:
            rval += " (UTC time)";
            break;
          case asn1.Type.GENERALIZEDTIME:
            rval += " (Generalized time)";
            break;
          case asn1.Type.BMPSTRING:
            rval += " (BMP String)";
            break;
        }
      else
        rval += obj.type;
      if (rval += `
`, rval += indent + "Constructed: " + obj.constructed + `
`, obj.composed) {
        for (var subvalues = 0, sub = "", i = 0; i < obj.value.length; ++i)
          obj.value[i] !== void 0 && (subvalues += 1, sub += asn1.prettyPrint(obj.value[i], level + 1, indentation), i + 1 < obj.value.length && (sub += ","));
        rval += indent + "Sub values: " + subvalues + sub;
      } else {
        if (rval += indent + "Value: ", obj.type === asn1.Type.OID) {
          var oid = asn1.derToOid(obj.value);
          rval += oid, forge3.pki && forge3.pki.oids && oid in forge3.pki.oids && (rval += " (" + forge3.pki.oids[oid] + ") ");
        }
        if (obj.type === asn1.Type.INTEGER)
          try {
            rval += asn1.derToInteger(obj.value);
          } catch {
            rval += "0x" + forge3.util.bytesToHex(obj.value);
          }
        else if (obj.type === asn1.Type.BITSTRING) {
          if (obj.value.length > 1 ? rval += "0x" + forge3.util.bytesToHex(obj.value.slice(1)) : rval += "(none)", obj.value.length > 0) {
            var unused = obj.value.charCodeAt(0);
            unused == 1 ? rval += " (1 unused bit shown)" : unused > 1 && (rval += " (" + unused + " unused bits shown)");
          }
        } else if (obj.type === asn1.Type.OCTETSTRING)
          _nonLatinRegex.test(obj.value) || (rval += "(" + obj.value + ") "), rval += "0x" + forge3.util.bytesToHex(obj.value);
        else if (obj.type === asn1.Type.UTF8)
          try {
            rval += forge3.util.decodeUtf8(obj.value);
          } catch (e) {
            if (e.message === "URI malformed")
              rval += "0x" + forge3.util.bytesToHex(obj.value) + " (malformed UTF8)";
            else
              throw e;
          }
        else obj.type === asn1.Type.PRINTABLESTRING || obj.type === asn1.Type.IA5String ? rval += obj.value : _nonLatinRegex.test(obj.value) ? rval += "0x" + forge3.util.bytesToHex(obj.value) : obj.value.length === 0 ? rval += "[null]" : rval += obj.value;
      }
      return rval;
    };
  }
});

// node_modules/node-forge/lib/md.js
var require_md = __commonJS({
  "node_modules/node-forge/lib/md.js"(exports, module) {
    var forge3 = require_forge();
    module.exports = forge3.md = forge3.md || {};
    forge3.md.algorithms = forge3.md.algorithms || {};
  }
});

// node_modules/node-forge/lib/hmac.js
var require_hmac = __commonJS({
  "node_modules/node-forge/lib/hmac.js"(exports, module) {
    var forge3 = require_forge();
    require_md();
    require_util();
    var hmac = module.exports = forge3.hmac = forge3.hmac || {};
    hmac.create = function() {
      var _key = null, _md = null, _ipadding = null, _opadding = null, ctx = {};
      return ctx.start = function(md, key) {
        if (md !== null)
          if (typeof md == "string")
            if (md = md.toLowerCase(), md in forge3.md.algorithms)
              _md = forge3.md.algorithms[md].create();
            else
              throw new Error('Unknown hash algorithm "' + md + '"');
          else
            _md = md;
        if (key === null)
          key = _key;
        else {
          if (typeof key == "string")
            key = forge3.util.createBuffer(key);
          else if (forge3.util.isArray(key)) {
            var tmp = key;
            key = forge3.util.createBuffer();
            for (var i = 0; i < tmp.length; ++i)
              key.putByte(tmp[i]);
          }
          var keylen = key.length();
          keylen > _md.blockLength && (_md.start(), _md.update(key.bytes()), key = _md.digest()), _ipadding = forge3.util.createBuffer(), _opadding = forge3.util.createBuffer(), keylen = key.length();
          for (var i = 0; i < keylen; ++i) {
            var tmp = key.at(i);
            _ipadding.putByte(54 ^ tmp), _opadding.putByte(92 ^ tmp);
          }
          if (keylen < _md.blockLength)
            for (var tmp = _md.blockLength - keylen, i = 0; i < tmp; ++i)
              _ipadding.putByte(54), _opadding.putByte(92);
          _key = key, _ipadding = _ipadding.bytes(), _opadding = _opadding.bytes();
        }
        _md.start(), _md.update(_ipadding);
      }, ctx.update = function(bytes) {
        _md.update(bytes);
      }, ctx.getMac = function() {
        var inner = _md.digest().bytes();
        return _md.start(), _md.update(_opadding), _md.update(inner), _md.digest();
      }, ctx.digest = ctx.getMac, ctx;
    };
  }
});

// node_modules/node-forge/lib/md5.js
var require_md5 = __commonJS({
  "node_modules/node-forge/lib/md5.js"(exports, module) {
    var forge3 = require_forge();
    require_md();
    require_util();
    var md5 = module.exports = forge3.md5 = forge3.md5 || {};
    forge3.md.md5 = forge3.md.algorithms.md5 = md5;
    md5.create = function() {
      _initialized || _init();
      var _state = null, _input = forge3.util.createBuffer(), _w = new Array(16), md = {
        algorithm: "md5",
        blockLength: 64,
        digestLength: 16,
        // 56-bit length of message so far (does not including padding)
        messageLength: 0,
        // true message length
        fullMessageLength: null,
        // size of message length in bytes
        messageLengthSize: 8
      };
      return md.start = function() {
        md.messageLength = 0, md.fullMessageLength = md.messageLength64 = [];
        for (var int32s = md.messageLengthSize / 4, i = 0; i < int32s; ++i)
          md.fullMessageLength.push(0);
        return _input = forge3.util.createBuffer(), _state = {
          h0: 1732584193,
          h1: 4023233417,
          h2: 2562383102,
          h3: 271733878
        }, md;
      }, md.start(), md.update = function(msg, encoding) {
        encoding === "utf8" && (msg = forge3.util.encodeUtf8(msg));
        var len = msg.length;
        md.messageLength += len, len = [len / 4294967296 >>> 0, len >>> 0];
        for (var i = md.fullMessageLength.length - 1; i >= 0; --i)
          md.fullMessageLength[i] += len[1], len[1] = len[0] + (md.fullMessageLength[i] / 4294967296 >>> 0), md.fullMessageLength[i] = md.fullMessageLength[i] >>> 0, len[0] = len[1] / 4294967296 >>> 0;
        return _input.putBytes(msg), _update(_state, _w, _input), (_input.read > 2048 || _input.length() === 0) && _input.compact(), md;
      }, md.digest = function() {
        var finalBlock = forge3.util.createBuffer();
        finalBlock.putBytes(_input.bytes());
        var remaining = md.fullMessageLength[md.fullMessageLength.length - 1] + md.messageLengthSize, overflow = remaining & md.blockLength - 1;
        finalBlock.putBytes(_padding.substr(0, md.blockLength - overflow));
        for (var bits, carry = 0, i = md.fullMessageLength.length - 1; i >= 0; --i)
          bits = md.fullMessageLength[i] * 8 + carry, carry = bits / 4294967296 >>> 0, finalBlock.putInt32Le(bits >>> 0);
        var s2 = {
          h0: _state.h0,
          h1: _state.h1,
          h2: _state.h2,
          h3: _state.h3
        };
        _update(s2, _w, finalBlock);
        var rval = forge3.util.createBuffer();
        return rval.putInt32Le(s2.h0), rval.putInt32Le(s2.h1), rval.putInt32Le(s2.h2), rval.putInt32Le(s2.h3), rval;
      }, md;
    };
    var _padding = null, _g = null, _r = null, _k = null, _initialized = !1;
    function _init() {
      _padding = "\x80", _padding += forge3.util.fillString("\0", 64), _g = [
        0,
        1,
        2,
        3,
        4,
        5,
        6,
        7,
        8,
        9,
        10,
        11,
        12,
        13,
        14,
        15,
        1,
        6,
        11,
        0,
        5,
        10,
        15,
        4,
        9,
        14,
        3,
        8,
        13,
        2,
        7,
        12,
        5,
        8,
        11,
        14,
        1,
        4,
        7,
        10,
        13,
        0,
        3,
        6,
        9,
        12,
        15,
        2,
        0,
        7,
        14,
        5,
        12,
        3,
        10,
        1,
        8,
        15,
        6,
        13,
        4,
        11,
        2,
        9
      ], _r = [
        7,
        12,
        17,
        22,
        7,
        12,
        17,
        22,
        7,
        12,
        17,
        22,
        7,
        12,
        17,
        22,
        5,
        9,
        14,
        20,
        5,
        9,
        14,
        20,
        5,
        9,
        14,
        20,
        5,
        9,
        14,
        20,
        4,
        11,
        16,
        23,
        4,
        11,
        16,
        23,
        4,
        11,
        16,
        23,
        4,
        11,
        16,
        23,
        6,
        10,
        15,
        21,
        6,
        10,
        15,
        21,
        6,
        10,
        15,
        21,
        6,
        10,
        15,
        21
      ], _k = new Array(64);
      for (var i = 0; i < 64; ++i)
        _k[i] = Math.floor(Math.abs(Math.sin(i + 1)) * 4294967296);
      _initialized = !0;
    }
    function _update(s, w, bytes) {
      for (var t, a, b, c, d, f, r, i, len = bytes.length(); len >= 64; ) {
        for (a = s.h0, b = s.h1, c = s.h2, d = s.h3, i = 0; i < 16; ++i)
          w[i] = bytes.getInt32Le(), f = d ^ b & (c ^ d), t = a + f + _k[i] + w[i], r = _r[i], a = d, d = c, c = b, b += t << r | t >>> 32 - r;
        for (; i < 32; ++i)
          f = c ^ d & (b ^ c), t = a + f + _k[i] + w[_g[i]], r = _r[i], a = d, d = c, c = b, b += t << r | t >>> 32 - r;
        for (; i < 48; ++i)
          f = b ^ c ^ d, t = a + f + _k[i] + w[_g[i]], r = _r[i], a = d, d = c, c = b, b += t << r | t >>> 32 - r;
        for (; i < 64; ++i)
          f = c ^ (b | ~d), t = a + f + _k[i] + w[_g[i]], r = _r[i], a = d, d = c, c = b, b += t << r | t >>> 32 - r;
        s.h0 = s.h0 + a | 0, s.h1 = s.h1 + b | 0, s.h2 = s.h2 + c | 0, s.h3 = s.h3 + d | 0, len -= 64;
      }
    }
  }
});

// node_modules/node-forge/lib/pem.js
var require_pem = __commonJS({
  "node_modules/node-forge/lib/pem.js"(exports, module) {
    var forge3 = require_forge();
    require_util();
    var pem = module.exports = forge3.pem = forge3.pem || {};
    pem.encode = function(msg, options) {
      options = options || {};
      var rval = "-----BEGIN " + msg.type + `-----\r
`, header;
      if (msg.procType && (header = {
        name: "Proc-Type",
        values: [String(msg.procType.version), msg.procType.type]
      }, rval += foldHeader(header)), msg.contentDomain && (header = { name: "Content-Domain", values: [msg.contentDomain] }, rval += foldHeader(header)), msg.dekInfo && (header = { name: "DEK-Info", values: [msg.dekInfo.algorithm] }, msg.dekInfo.parameters && header.values.push(msg.dekInfo.parameters), rval += foldHeader(header)), msg.headers)
        for (var i = 0; i < msg.headers.length; ++i)
          rval += foldHeader(msg.headers[i]);
      return msg.procType && (rval += `\r
`), rval += forge3.util.encode64(msg.body, options.maxline || 64) + `\r
`, rval += "-----END " + msg.type + `-----\r
`, rval;
    };
    pem.decode = function(str) {
      var rval = [];
      str = String(str);
      for (var messages = _pemMessageScanner(str), rHeader = /(?:^|[^\x21-\x7e])([\x21-\x7e]+):\s*([\x21-\x7e\s^:]+)/, rCRLF = /\r?\n/, match; match = messages.next(), !!match; ) {
        var type = match[1];
        type === "NEW CERTIFICATE REQUEST" && (type = "CERTIFICATE REQUEST");
        var msg = {
          type,
          procType: null,
          contentDomain: null,
          dekInfo: null,
          headers: [],
          body: forge3.util.decode64(match[3])
        };
        if (rval.push(msg), !!match[2]) {
          for (var lines = match[2].split(rCRLF), li = 0; match && li < lines.length; ) {
            for (var line = rtrim(lines[li]), nl = li + 1; nl < lines.length; ++nl) {
              var next = lines[nl];
              if (!/\s/.test(next[0]))
                break;
              line += next, li = nl;
            }
            if (match = line.match(rHeader), match) {
              for (var header = { name: match[1], values: [] }, values = match[2].split(","), vi = 0; vi < values.length; ++vi)
                header.values.push(ltrim(values[vi]));
              if (msg.procType)
                if (!msg.contentDomain && header.name === "Content-Domain")
                  msg.contentDomain = values[0] || "";
                else if (!msg.dekInfo && header.name === "DEK-Info") {
                  if (header.values.length === 0)
                    throw new Error('Invalid PEM formatted message. The "DEK-Info" header must have at least one subfield.');
                  msg.dekInfo = { algorithm: values[0], parameters: values[1] || null };
                } else
                  msg.headers.push(header);
              else {
                if (header.name !== "Proc-Type")
                  throw new Error('Invalid PEM formatted message. The first encapsulated header must be "Proc-Type".');
                if (header.values.length !== 2)
                  throw new Error('Invalid PEM formatted message. The "Proc-Type" header must have two subfields.');
                msg.procType = { version: values[0], type: values[1] };
              }
            }
            ++li;
          }
          if (msg.procType === "ENCRYPTED" && !msg.dekInfo)
            throw new Error('Invalid PEM formatted message. The "DEK-Info" header must be present if "Proc-Type" is "ENCRYPTED".');
        }
      }
      if (rval.length === 0)
        throw new Error("Invalid PEM formatted message.");
      return rval;
    };
    function foldHeader(header) {
      for (var rval = header.name + ": ", values = [], insertSpace = function(match, $1) {
        return " " + $1;
      }, i = 0; i < header.values.length; ++i)
        values.push(header.values[i].replace(/^(\S+\r\n)/, insertSpace));
      rval += values.join(",") + `\r
`;
      for (var length = 0, candidate = -1, i = 0; i < rval.length; ++i, ++length)
        if (length > 65 && candidate !== -1) {
          var insert = rval[candidate];
          insert === "," ? (++candidate, rval = rval.substr(0, candidate) + `\r
 ` + rval.substr(candidate)) : rval = rval.substr(0, candidate) + `\r
` + insert + rval.substr(candidate + 1), length = i - candidate - 1, candidate = -1, ++i;
        } else (rval[i] === " " || rval[i] === "	" || rval[i] === ",") && (candidate = i);
      return rval;
    }
    function ltrim(str) {
      return str.replace(/^\s+/, "");
    }
    function rtrim(str) {
      for (var end = str.length; end > 0 && /\s/.test(str.charAt(end - 1)); )
        --end;
      return str.substring(0, end);
    }
    function _pemMessageScanner(str) {
      var rBody = /[:A-Za-z0-9+\/=\s]/, rNotBody = /[^:A-Za-z0-9+\/=\s]/g, rNotHeader = /[^\x21-\x7e\s]/g, rLabel = /[A-Z0-9- ]/;
      function indexOfRegex(regex, i) {
        regex.lastIndex = i;
        var match = regex.exec(str);
        return match ? match.index : str.length;
      }
      function labelAt(i) {
        for (var j = i; j < str.length && rLabel.test(str.charAt(j)); ++j)
          if (j > i && str.substr(j, 5) === "-----")
            return str.substring(i, j);
        return null;
      }
      function blankLineEnd(i) {
        return str.charAt(i) === "\r" && ++i, str.charAt(i) !== `
` ? -1 : (str.charAt(++i) === "\r" && ++i, str.charAt(i) === `
` ? i + 1 : -1);
      }
      function firstBlankLine(start2, end2) {
        for (var i = start2; i < end2; ++i) {
          var v = blankLineEnd(i);
          if (v !== -1 && v < end2)
            return i;
        }
        return -1;
      }
      for (var ends = {}, end = str.indexOf("-----END "); end !== -1; end = str.indexOf("-----END ", end + 1)) {
        for (var endLabel = labelAt(end + 9), start = end; start > 0 && rBody.test(str.charAt(start - 1)); )
          --start;
        var blank = firstBlankLine(start, end);
        if (endLabel !== null && blank !== -1) {
          var key = "$" + endLabel;
          (ends[key] = ends[key] || []).push({ end, blank });
        }
      }
      var pos = 0, headerEnd = -1;
      return {
        next: function() {
          for (var begin; (begin = str.indexOf("-----BEGIN ", pos)) !== -1; ) {
            pos = begin + 1;
            var label = labelAt(begin + 11);
            if (label !== null) {
              var q = begin + 16 + label.length, bodyEnd = indexOfRegex(rNotBody, q), bodyEndOk = str.substr(bodyEnd, 9) === "-----END " && labelAt(bodyEnd + 9) === label;
              q > headerEnd && (headerEnd = indexOfRegex(rNotHeader, q));
              var later = null, list = ends["$" + label];
              if (list) {
                for (var lo = 0, hi = list.length; lo < hi; ) {
                  var mid = lo + hi >> 1;
                  list[mid].end > bodyEnd ? hi = mid : lo = mid + 1;
                }
                later = list[lo] || null;
              }
              var starts = [];
              str.charAt(q) === "\r" ? (str.charAt(q + 1) === `
` && starts.push(q + 2), starts.push(q + 1)) : str.charAt(q) === `
` && starts.push(q + 1), starts.push(q);
              for (var i = 0; i < starts.length; ++i) {
                var t = starts[i], blank2 = bodyEndOk ? firstBlankLine(t + 1, bodyEnd) : -1, end2 = bodyEnd;
                if (blank2 === -1 && later && (blank2 = later.blank, end2 = later.end), blank2 !== -1 && blank2 <= headerEnd) {
                  var v = blankLineEnd(blank2);
                  return pos = end2 + 14 + label.length, [
                    str.substring(begin, pos),
                    label,
                    str.substring(t, v),
                    str.substring(v, end2)
                  ];
                }
                if (bodyEndOk && t < bodyEnd)
                  return pos = bodyEnd + 14 + label.length, [
                    str.substring(begin, pos),
                    label,
                    void 0,
                    str.substring(t, bodyEnd)
                  ];
              }
            }
          }
          return null;
        }
      };
    }
  }
});

// node_modules/node-forge/lib/des.js
var require_des = __commonJS({
  "node_modules/node-forge/lib/des.js"(exports, module) {
    var forge3 = require_forge();
    require_cipher();
    require_cipherModes();
    require_util();
    module.exports = forge3.des = forge3.des || {};
    forge3.des.startEncrypting = function(key, iv, output, mode) {
      var cipher = _createCipher({
        key,
        output,
        decrypt: !1,
        mode: mode || (iv === null ? "ECB" : "CBC")
      });
      return cipher.start(iv), cipher;
    };
    forge3.des.createEncryptionCipher = function(key, mode) {
      return _createCipher({
        key,
        output: null,
        decrypt: !1,
        mode
      });
    };
    forge3.des.startDecrypting = function(key, iv, output, mode) {
      var cipher = _createCipher({
        key,
        output,
        decrypt: !0,
        mode: mode || (iv === null ? "ECB" : "CBC")
      });
      return cipher.start(iv), cipher;
    };
    forge3.des.createDecryptionCipher = function(key, mode) {
      return _createCipher({
        key,
        output: null,
        decrypt: !0,
        mode
      });
    };
    forge3.des.Algorithm = function(name, mode) {
      var self2 = this;
      self2.name = name, self2.mode = new mode({
        blockSize: 8,
        cipher: {
          encrypt: function(inBlock, outBlock) {
            return _updateBlock(self2._keys, inBlock, outBlock, !1);
          },
          decrypt: function(inBlock, outBlock) {
            return _updateBlock(self2._keys, inBlock, outBlock, !0);
          }
        }
      }), self2._init = !1;
    };
    forge3.des.Algorithm.prototype.initialize = function(options) {
      if (!this._init) {
        var key = forge3.util.createBuffer(options.key);
        if (this.name.indexOf("3DES") === 0 && key.length() !== 24)
          throw new Error("Invalid Triple-DES key size: " + key.length() * 8);
        this._keys = _createKeys(key), this._init = !0;
      }
    };
    registerAlgorithm("DES-ECB", forge3.cipher.modes.ecb);
    registerAlgorithm("DES-CBC", forge3.cipher.modes.cbc);
    registerAlgorithm("DES-CFB", forge3.cipher.modes.cfb);
    registerAlgorithm("DES-OFB", forge3.cipher.modes.ofb);
    registerAlgorithm("DES-CTR", forge3.cipher.modes.ctr);
    registerAlgorithm("3DES-ECB", forge3.cipher.modes.ecb);
    registerAlgorithm("3DES-CBC", forge3.cipher.modes.cbc);
    registerAlgorithm("3DES-CFB", forge3.cipher.modes.cfb);
    registerAlgorithm("3DES-OFB", forge3.cipher.modes.ofb);
    registerAlgorithm("3DES-CTR", forge3.cipher.modes.ctr);
    function registerAlgorithm(name, mode) {
      var factory = function() {
        return new forge3.des.Algorithm(name, mode);
      };
      forge3.cipher.registerAlgorithm(name, factory);
    }
    var spfunction1 = [16843776, 0, 65536, 16843780, 16842756, 66564, 4, 65536, 1024, 16843776, 16843780, 1024, 16778244, 16842756, 16777216, 4, 1028, 16778240, 16778240, 66560, 66560, 16842752, 16842752, 16778244, 65540, 16777220, 16777220, 65540, 0, 1028, 66564, 16777216, 65536, 16843780, 4, 16842752, 16843776, 16777216, 16777216, 1024, 16842756, 65536, 66560, 16777220, 1024, 4, 16778244, 66564, 16843780, 65540, 16842752, 16778244, 16777220, 1028, 66564, 16843776, 1028, 16778240, 16778240, 0, 65540, 66560, 0, 16842756], spfunction2 = [-2146402272, -2147450880, 32768, 1081376, 1048576, 32, -2146435040, -2147450848, -2147483616, -2146402272, -2146402304, -2147483648, -2147450880, 1048576, 32, -2146435040, 1081344, 1048608, -2147450848, 0, -2147483648, 32768, 1081376, -2146435072, 1048608, -2147483616, 0, 1081344, 32800, -2146402304, -2146435072, 32800, 0, 1081376, -2146435040, 1048576, -2147450848, -2146435072, -2146402304, 32768, -2146435072, -2147450880, 32, -2146402272, 1081376, 32, 32768, -2147483648, 32800, -2146402304, 1048576, -2147483616, 1048608, -2147450848, -2147483616, 1048608, 1081344, 0, -2147450880, 32800, -2147483648, -2146435040, -2146402272, 1081344], spfunction3 = [520, 134349312, 0, 134348808, 134218240, 0, 131592, 134218240, 131080, 134217736, 134217736, 131072, 134349320, 131080, 134348800, 520, 134217728, 8, 134349312, 512, 131584, 134348800, 134348808, 131592, 134218248, 131584, 131072, 134218248, 8, 134349320, 512, 134217728, 134349312, 134217728, 131080, 520, 131072, 134349312, 134218240, 0, 512, 131080, 134349320, 134218240, 134217736, 512, 0, 134348808, 134218248, 131072, 134217728, 134349320, 8, 131592, 131584, 134217736, 134348800, 134218248, 520, 134348800, 131592, 8, 134348808, 131584], spfunction4 = [8396801, 8321, 8321, 128, 8396928, 8388737, 8388609, 8193, 0, 8396800, 8396800, 8396929, 129, 0, 8388736, 8388609, 1, 8192, 8388608, 8396801, 128, 8388608, 8193, 8320, 8388737, 1, 8320, 8388736, 8192, 8396928, 8396929, 129, 8388736, 8388609, 8396800, 8396929, 129, 0, 0, 8396800, 8320, 8388736, 8388737, 1, 8396801, 8321, 8321, 128, 8396929, 129, 1, 8192, 8388609, 8193, 8396928, 8388737, 8193, 8320, 8388608, 8396801, 128, 8388608, 8192, 8396928], spfunction5 = [256, 34078976, 34078720, 1107296512, 524288, 256, 1073741824, 34078720, 1074266368, 524288, 33554688, 1074266368, 1107296512, 1107820544, 524544, 1073741824, 33554432, 1074266112, 1074266112, 0, 1073742080, 1107820800, 1107820800, 33554688, 1107820544, 1073742080, 0, 1107296256, 34078976, 33554432, 1107296256, 524544, 524288, 1107296512, 256, 33554432, 1073741824, 34078720, 1107296512, 1074266368, 33554688, 1073741824, 1107820544, 34078976, 1074266368, 256, 33554432, 1107820544, 1107820800, 524544, 1107296256, 1107820800, 34078720, 0, 1074266112, 1107296256, 524544, 33554688, 1073742080, 524288, 0, 1074266112, 34078976, 1073742080], spfunction6 = [536870928, 541065216, 16384, 541081616, 541065216, 16, 541081616, 4194304, 536887296, 4210704, 4194304, 536870928, 4194320, 536887296, 536870912, 16400, 0, 4194320, 536887312, 16384, 4210688, 536887312, 16, 541065232, 541065232, 0, 4210704, 541081600, 16400, 4210688, 541081600, 536870912, 536887296, 16, 541065232, 4210688, 541081616, 4194304, 16400, 536870928, 4194304, 536887296, 536870912, 16400, 536870928, 541081616, 4210688, 541065216, 4210704, 541081600, 0, 541065232, 16, 16384, 541065216, 4210704, 16384, 4194320, 536887312, 0, 541081600, 536870912, 4194320, 536887312], spfunction7 = [2097152, 69206018, 67110914, 0, 2048, 67110914, 2099202, 69208064, 69208066, 2097152, 0, 67108866, 2, 67108864, 69206018, 2050, 67110912, 2099202, 2097154, 67110912, 67108866, 69206016, 69208064, 2097154, 69206016, 2048, 2050, 69208066, 2099200, 2, 67108864, 2099200, 67108864, 2099200, 2097152, 67110914, 67110914, 69206018, 69206018, 2, 2097154, 67108864, 67110912, 2097152, 69208064, 2050, 2099202, 69208064, 2050, 67108866, 69208066, 69206016, 2099200, 0, 2, 69208066, 0, 2099202, 69206016, 2048, 67108866, 67110912, 2048, 2097154], spfunction8 = [268439616, 4096, 262144, 268701760, 268435456, 268439616, 64, 268435456, 262208, 268697600, 268701760, 266240, 268701696, 266304, 4096, 64, 268697600, 268435520, 268439552, 4160, 266240, 262208, 268697664, 268701696, 4160, 0, 0, 268697664, 268435520, 268439552, 266304, 262144, 266304, 262144, 268701696, 4096, 64, 268697664, 4096, 266304, 268439552, 64, 268435520, 268697600, 268697664, 268435456, 262144, 268439616, 0, 268701760, 262208, 268435520, 268697600, 268439552, 268439616, 0, 268701760, 266240, 266240, 4160, 4160, 262208, 268435456, 268701696];
    function _createKeys(key) {
      for (var pc2bytes0 = [0, 4, 536870912, 536870916, 65536, 65540, 536936448, 536936452, 512, 516, 536871424, 536871428, 66048, 66052, 536936960, 536936964], pc2bytes1 = [0, 1, 1048576, 1048577, 67108864, 67108865, 68157440, 68157441, 256, 257, 1048832, 1048833, 67109120, 67109121, 68157696, 68157697], pc2bytes2 = [0, 8, 2048, 2056, 16777216, 16777224, 16779264, 16779272, 0, 8, 2048, 2056, 16777216, 16777224, 16779264, 16779272], pc2bytes3 = [0, 2097152, 134217728, 136314880, 8192, 2105344, 134225920, 136323072, 131072, 2228224, 134348800, 136445952, 139264, 2236416, 134356992, 136454144], pc2bytes4 = [0, 262144, 16, 262160, 0, 262144, 16, 262160, 4096, 266240, 4112, 266256, 4096, 266240, 4112, 266256], pc2bytes5 = [0, 1024, 32, 1056, 0, 1024, 32, 1056, 33554432, 33555456, 33554464, 33555488, 33554432, 33555456, 33554464, 33555488], pc2bytes6 = [0, 268435456, 524288, 268959744, 2, 268435458, 524290, 268959746, 0, 268435456, 524288, 268959744, 2, 268435458, 524290, 268959746], pc2bytes7 = [0, 65536, 2048, 67584, 536870912, 536936448, 536872960, 536938496, 131072, 196608, 133120, 198656, 537001984, 537067520, 537004032, 537069568], pc2bytes8 = [0, 262144, 0, 262144, 2, 262146, 2, 262146, 33554432, 33816576, 33554432, 33816576, 33554434, 33816578, 33554434, 33816578], pc2bytes9 = [0, 268435456, 8, 268435464, 0, 268435456, 8, 268435464, 1024, 268436480, 1032, 268436488, 1024, 268436480, 1032, 268436488], pc2bytes10 = [0, 32, 0, 32, 1048576, 1048608, 1048576, 1048608, 8192, 8224, 8192, 8224, 1056768, 1056800, 1056768, 1056800], pc2bytes11 = [0, 16777216, 512, 16777728, 2097152, 18874368, 2097664, 18874880, 67108864, 83886080, 67109376, 83886592, 69206016, 85983232, 69206528, 85983744], pc2bytes12 = [0, 4096, 134217728, 134221824, 524288, 528384, 134742016, 134746112, 16, 4112, 134217744, 134221840, 524304, 528400, 134742032, 134746128], pc2bytes13 = [0, 4, 256, 260, 0, 4, 256, 260, 1, 5, 257, 261, 1, 5, 257, 261], iterations = key.length() > 8 ? 3 : 1, keys = [], shifts = [0, 0, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 0], n = 0, tmp, j = 0; j < iterations; j++) {
        var left = key.getInt32(), right = key.getInt32();
        tmp = (left >>> 4 ^ right) & 252645135, right ^= tmp, left ^= tmp << 4, tmp = (right >>> -16 ^ left) & 65535, left ^= tmp, right ^= tmp << -16, tmp = (left >>> 2 ^ right) & 858993459, right ^= tmp, left ^= tmp << 2, tmp = (right >>> -16 ^ left) & 65535, left ^= tmp, right ^= tmp << -16, tmp = (left >>> 1 ^ right) & 1431655765, right ^= tmp, left ^= tmp << 1, tmp = (right >>> 8 ^ left) & 16711935, left ^= tmp, right ^= tmp << 8, tmp = (left >>> 1 ^ right) & 1431655765, right ^= tmp, left ^= tmp << 1, tmp = left << 8 | right >>> 20 & 240, left = right << 24 | right << 8 & 16711680 | right >>> 8 & 65280 | right >>> 24 & 240, right = tmp;
        for (var i = 0; i < shifts.length; ++i) {
          shifts[i] ? (left = left << 2 | left >>> 26, right = right << 2 | right >>> 26) : (left = left << 1 | left >>> 27, right = right << 1 | right >>> 27), left &= -15, right &= -15;
          var lefttmp = pc2bytes0[left >>> 28] | pc2bytes1[left >>> 24 & 15] | pc2bytes2[left >>> 20 & 15] | pc2bytes3[left >>> 16 & 15] | pc2bytes4[left >>> 12 & 15] | pc2bytes5[left >>> 8 & 15] | pc2bytes6[left >>> 4 & 15], righttmp = pc2bytes7[right >>> 28] | pc2bytes8[right >>> 24 & 15] | pc2bytes9[right >>> 20 & 15] | pc2bytes10[right >>> 16 & 15] | pc2bytes11[right >>> 12 & 15] | pc2bytes12[right >>> 8 & 15] | pc2bytes13[right >>> 4 & 15];
          tmp = (righttmp >>> 16 ^ lefttmp) & 65535, keys[n++] = lefttmp ^ tmp, keys[n++] = righttmp ^ tmp << 16;
        }
      }
      return keys;
    }
    function _updateBlock(keys, input, output, decrypt) {
      var iterations = keys.length === 32 ? 3 : 9, looping;
      iterations === 3 ? looping = decrypt ? [30, -2, -2] : [0, 32, 2] : looping = decrypt ? [94, 62, -2, 32, 64, 2, 30, -2, -2] : [0, 32, 2, 62, 30, -2, 64, 96, 2];
      var tmp, left = input[0], right = input[1];
      tmp = (left >>> 4 ^ right) & 252645135, right ^= tmp, left ^= tmp << 4, tmp = (left >>> 16 ^ right) & 65535, right ^= tmp, left ^= tmp << 16, tmp = (right >>> 2 ^ left) & 858993459, left ^= tmp, right ^= tmp << 2, tmp = (right >>> 8 ^ left) & 16711935, left ^= tmp, right ^= tmp << 8, tmp = (left >>> 1 ^ right) & 1431655765, right ^= tmp, left ^= tmp << 1, left = left << 1 | left >>> 31, right = right << 1 | right >>> 31;
      for (var j = 0; j < iterations; j += 3) {
        for (var endloop = looping[j + 1], loopinc = looping[j + 2], i = looping[j]; i != endloop; i += loopinc) {
          var right1 = right ^ keys[i], right2 = (right >>> 4 | right << 28) ^ keys[i + 1];
          tmp = left, left = right, right = tmp ^ (spfunction2[right1 >>> 24 & 63] | spfunction4[right1 >>> 16 & 63] | spfunction6[right1 >>> 8 & 63] | spfunction8[right1 & 63] | spfunction1[right2 >>> 24 & 63] | spfunction3[right2 >>> 16 & 63] | spfunction5[right2 >>> 8 & 63] | spfunction7[right2 & 63]);
        }
        tmp = left, left = right, right = tmp;
      }
      left = left >>> 1 | left << 31, right = right >>> 1 | right << 31, tmp = (left >>> 1 ^ right) & 1431655765, right ^= tmp, left ^= tmp << 1, tmp = (right >>> 8 ^ left) & 16711935, left ^= tmp, right ^= tmp << 8, tmp = (right >>> 2 ^ left) & 858993459, left ^= tmp, right ^= tmp << 2, tmp = (left >>> 16 ^ right) & 65535, right ^= tmp, left ^= tmp << 16, tmp = (left >>> 4 ^ right) & 252645135, right ^= tmp, left ^= tmp << 4, output[0] = left, output[1] = right;
    }
    function _createCipher(options) {
      options = options || {};
      var mode = (options.mode || "CBC").toUpperCase(), algorithm = "DES-" + mode, cipher;
      options.decrypt ? cipher = forge3.cipher.createDecipher(algorithm, options.key) : cipher = forge3.cipher.createCipher(algorithm, options.key);
      var start = cipher.start;
      return cipher.start = function(iv, options2) {
        var output = null;
        options2 instanceof forge3.util.ByteBuffer && (output = options2, options2 = {}), options2 = options2 || {}, options2.output = output, options2.iv = iv, start.call(cipher, options2);
      }, cipher;
    }
  }
});

// node_modules/node-forge/lib/pbkdf2.js
var require_pbkdf2 = __commonJS({
  "node_modules/node-forge/lib/pbkdf2.js"(exports, module) {
    var forge3 = require_forge();
    require_hmac();
    require_md();
    require_util();
    var pkcs5 = forge3.pkcs5 = forge3.pkcs5 || {}, crypto;
    forge3.util.isNodejs && !forge3.options.usePureJavaScript && (crypto = __require("crypto"));
    module.exports = forge3.pbkdf2 = pkcs5.pbkdf2 = function(p, s, c, dkLen, md, callback) {
      if (typeof md == "function" && (callback = md, md = null), forge3.util.isNodejs && !forge3.options.usePureJavaScript && crypto.pbkdf2 && (md === null || typeof md != "object") && (crypto.pbkdf2Sync.length > 4 || !md || md === "sha1"))
        return typeof md != "string" && (md = "sha1"), p = Buffer.from(p, "binary"), s = Buffer.from(s, "binary"), callback ? crypto.pbkdf2Sync.length === 4 ? crypto.pbkdf2(p, s, c, dkLen, function(err2, key) {
          if (err2)
            return callback(err2);
          callback(null, key.toString("binary"));
        }) : crypto.pbkdf2(p, s, c, dkLen, md, function(err2, key) {
          if (err2)
            return callback(err2);
          callback(null, key.toString("binary"));
        }) : crypto.pbkdf2Sync.length === 4 ? crypto.pbkdf2Sync(p, s, c, dkLen).toString("binary") : crypto.pbkdf2Sync(p, s, c, dkLen, md).toString("binary");
      if ((typeof md > "u" || md === null) && (md = "sha1"), typeof md == "string") {
        if (!(md in forge3.md.algorithms))
          throw new Error("Unknown hash algorithm: " + md);
        md = forge3.md[md].create();
      }
      var hLen = md.digestLength;
      if (dkLen > 4294967295 * hLen) {
        var err = new Error("Derived key is too long.");
        if (callback)
          return callback(err);
        throw err;
      }
      var len = Math.ceil(dkLen / hLen), r = dkLen - (len - 1) * hLen, prf = forge3.hmac.create();
      prf.start(md, p);
      var dk = "", xor, u_c, u_c1;
      if (!callback) {
        for (var i = 1; i <= len; ++i) {
          prf.start(null, null), prf.update(s), prf.update(forge3.util.int32ToBytes(i)), xor = u_c1 = prf.digest().getBytes();
          for (var j = 2; j <= c; ++j)
            prf.start(null, null), prf.update(u_c1), u_c = prf.digest().getBytes(), xor = forge3.util.xorBytes(xor, u_c, hLen), u_c1 = u_c;
          dk += i < len ? xor : xor.substr(0, r);
        }
        return dk;
      }
      var i = 1, j;
      function outer() {
        if (i > len)
          return callback(null, dk);
        prf.start(null, null), prf.update(s), prf.update(forge3.util.int32ToBytes(i)), xor = u_c1 = prf.digest().getBytes(), j = 2, inner();
      }
      function inner() {
        if (j <= c)
          return prf.start(null, null), prf.update(u_c1), u_c = prf.digest().getBytes(), xor = forge3.util.xorBytes(xor, u_c, hLen), u_c1 = u_c, ++j, forge3.util.setImmediate(inner);
        dk += i < len ? xor : xor.substr(0, r), ++i, outer();
      }
      outer();
    };
  }
});

// node_modules/node-forge/lib/sha256.js
var require_sha256 = __commonJS({
  "node_modules/node-forge/lib/sha256.js"(exports, module) {
    var forge3 = require_forge();
    require_md();
    require_util();
    var sha256 = module.exports = forge3.sha256 = forge3.sha256 || {};
    forge3.md.sha256 = forge3.md.algorithms.sha256 = sha256;
    sha256.create = function() {
      _initialized || _init();
      var _state = null, _input = forge3.util.createBuffer(), _w = new Array(64), md = {
        algorithm: "sha256",
        blockLength: 64,
        digestLength: 32,
        // 56-bit length of message so far (does not including padding)
        messageLength: 0,
        // true message length
        fullMessageLength: null,
        // size of message length in bytes
        messageLengthSize: 8
      };
      return md.start = function() {
        md.messageLength = 0, md.fullMessageLength = md.messageLength64 = [];
        for (var int32s = md.messageLengthSize / 4, i = 0; i < int32s; ++i)
          md.fullMessageLength.push(0);
        return _input = forge3.util.createBuffer(), _state = {
          h0: 1779033703,
          h1: 3144134277,
          h2: 1013904242,
          h3: 2773480762,
          h4: 1359893119,
          h5: 2600822924,
          h6: 528734635,
          h7: 1541459225
        }, md;
      }, md.start(), md.update = function(msg, encoding) {
        encoding === "utf8" && (msg = forge3.util.encodeUtf8(msg));
        var len = msg.length;
        md.messageLength += len, len = [len / 4294967296 >>> 0, len >>> 0];
        for (var i = md.fullMessageLength.length - 1; i >= 0; --i)
          md.fullMessageLength[i] += len[1], len[1] = len[0] + (md.fullMessageLength[i] / 4294967296 >>> 0), md.fullMessageLength[i] = md.fullMessageLength[i] >>> 0, len[0] = len[1] / 4294967296 >>> 0;
        return _input.putBytes(msg), _update(_state, _w, _input), (_input.read > 2048 || _input.length() === 0) && _input.compact(), md;
      }, md.digest = function() {
        var finalBlock = forge3.util.createBuffer();
        finalBlock.putBytes(_input.bytes());
        var remaining = md.fullMessageLength[md.fullMessageLength.length - 1] + md.messageLengthSize, overflow = remaining & md.blockLength - 1;
        finalBlock.putBytes(_padding.substr(0, md.blockLength - overflow));
        for (var next, carry, bits = md.fullMessageLength[0] * 8, i = 0; i < md.fullMessageLength.length - 1; ++i)
          next = md.fullMessageLength[i + 1] * 8, carry = next / 4294967296 >>> 0, bits += carry, finalBlock.putInt32(bits >>> 0), bits = next >>> 0;
        finalBlock.putInt32(bits);
        var s2 = {
          h0: _state.h0,
          h1: _state.h1,
          h2: _state.h2,
          h3: _state.h3,
          h4: _state.h4,
          h5: _state.h5,
          h6: _state.h6,
          h7: _state.h7
        };
        _update(s2, _w, finalBlock);
        var rval = forge3.util.createBuffer();
        return rval.putInt32(s2.h0), rval.putInt32(s2.h1), rval.putInt32(s2.h2), rval.putInt32(s2.h3), rval.putInt32(s2.h4), rval.putInt32(s2.h5), rval.putInt32(s2.h6), rval.putInt32(s2.h7), rval;
      }, md;
    };
    var _padding = null, _initialized = !1, _k = null;
    function _init() {
      _padding = "\x80", _padding += forge3.util.fillString("\0", 64), _k = [
        1116352408,
        1899447441,
        3049323471,
        3921009573,
        961987163,
        1508970993,
        2453635748,
        2870763221,
        3624381080,
        310598401,
        607225278,
        1426881987,
        1925078388,
        2162078206,
        2614888103,
        3248222580,
        3835390401,
        4022224774,
        264347078,
        604807628,
        770255983,
        1249150122,
        1555081692,
        1996064986,
        2554220882,
        2821834349,
        2952996808,
        3210313671,
        3336571891,
        3584528711,
        113926993,
        338241895,
        666307205,
        773529912,
        1294757372,
        1396182291,
        1695183700,
        1986661051,
        2177026350,
        2456956037,
        2730485921,
        2820302411,
        3259730800,
        3345764771,
        3516065817,
        3600352804,
        4094571909,
        275423344,
        430227734,
        506948616,
        659060556,
        883997877,
        958139571,
        1322822218,
        1537002063,
        1747873779,
        1955562222,
        2024104815,
        2227730452,
        2361852424,
        2428436474,
        2756734187,
        3204031479,
        3329325298
      ], _initialized = !0;
    }
    function _update(s, w, bytes) {
      for (var t1, t2, s0, s1, ch, maj, i, a, b, c, d, e, f, g, h, len = bytes.length(); len >= 64; ) {
        for (i = 0; i < 16; ++i)
          w[i] = bytes.getInt32();
        for (; i < 64; ++i)
          t1 = w[i - 2], t1 = (t1 >>> 17 | t1 << 15) ^ (t1 >>> 19 | t1 << 13) ^ t1 >>> 10, t2 = w[i - 15], t2 = (t2 >>> 7 | t2 << 25) ^ (t2 >>> 18 | t2 << 14) ^ t2 >>> 3, w[i] = t1 + w[i - 7] + t2 + w[i - 16] | 0;
        for (a = s.h0, b = s.h1, c = s.h2, d = s.h3, e = s.h4, f = s.h5, g = s.h6, h = s.h7, i = 0; i < 64; ++i)
          s1 = (e >>> 6 | e << 26) ^ (e >>> 11 | e << 21) ^ (e >>> 25 | e << 7), ch = g ^ e & (f ^ g), s0 = (a >>> 2 | a << 30) ^ (a >>> 13 | a << 19) ^ (a >>> 22 | a << 10), maj = a & b | c & (a ^ b), t1 = h + s1 + ch + _k[i] + w[i], t2 = s0 + maj, h = g, g = f, f = e, e = d + t1 >>> 0, d = c, c = b, b = a, a = t1 + t2 >>> 0;
        s.h0 = s.h0 + a | 0, s.h1 = s.h1 + b | 0, s.h2 = s.h2 + c | 0, s.h3 = s.h3 + d | 0, s.h4 = s.h4 + e | 0, s.h5 = s.h5 + f | 0, s.h6 = s.h6 + g | 0, s.h7 = s.h7 + h | 0, len -= 64;
      }
    }
  }
});

// node_modules/node-forge/lib/prng.js
var require_prng = __commonJS({
  "node_modules/node-forge/lib/prng.js"(exports, module) {
    var forge3 = require_forge();
    require_util();
    var _crypto = null;
    forge3.util.isNodejs && !forge3.options.usePureJavaScript && !process.versions["node-webkit"] && (_crypto = __require("crypto"));
    var prng = module.exports = forge3.prng = forge3.prng || {};
    prng.create = function(plugin) {
      for (var ctx = {
        plugin,
        key: null,
        seed: null,
        time: null,
        // number of reseeds so far
        reseeds: 0,
        // amount of data generated so far
        generated: 0,
        // no initial key bytes
        keyBytes: ""
      }, md = plugin.md, pools = new Array(32), i = 0; i < 32; ++i)
        pools[i] = md.create();
      ctx.pools = pools, ctx.pool = 0, ctx.generate = function(count, callback) {
        if (!callback)
          return ctx.generateSync(count);
        var cipher = ctx.plugin.cipher, increment = ctx.plugin.increment, formatKey = ctx.plugin.formatKey, formatSeed = ctx.plugin.formatSeed, b = forge3.util.createBuffer();
        ctx.key = null, generate();
        function generate(err) {
          if (err)
            return callback(err);
          if (b.length() >= count)
            return callback(null, b.getBytes(count));
          if (ctx.generated > 1048575 && (ctx.key = null), ctx.key === null)
            return forge3.util.nextTick(function() {
              _reseed(generate);
            });
          var bytes = cipher(ctx.key, ctx.seed);
          ctx.generated += bytes.length, b.putBytes(bytes), ctx.key = formatKey(cipher(ctx.key, increment(ctx.seed))), ctx.seed = formatSeed(cipher(ctx.key, ctx.seed)), forge3.util.setImmediate(generate);
        }
      }, ctx.generateSync = function(count) {
        var cipher = ctx.plugin.cipher, increment = ctx.plugin.increment, formatKey = ctx.plugin.formatKey, formatSeed = ctx.plugin.formatSeed;
        ctx.key = null;
        for (var b = forge3.util.createBuffer(); b.length() < count; ) {
          ctx.generated > 1048575 && (ctx.key = null), ctx.key === null && _reseedSync();
          var bytes = cipher(ctx.key, ctx.seed);
          ctx.generated += bytes.length, b.putBytes(bytes), ctx.key = formatKey(cipher(ctx.key, increment(ctx.seed))), ctx.seed = formatSeed(cipher(ctx.key, ctx.seed));
        }
        return b.getBytes(count);
      };
      function _reseed(callback) {
        if (ctx.pools[0].messageLength >= 32)
          return _seed(), callback();
        var needed = 32 - ctx.pools[0].messageLength << 5;
        ctx.seedFile(needed, function(err, bytes) {
          if (err)
            return callback(err);
          ctx.collect(bytes), _seed(), callback();
        });
      }
      function _reseedSync() {
        if (ctx.pools[0].messageLength >= 32)
          return _seed();
        var needed = 32 - ctx.pools[0].messageLength << 5;
        ctx.collect(ctx.seedFileSync(needed)), _seed();
      }
      function _seed() {
        ctx.reseeds = ctx.reseeds === 4294967295 ? 0 : ctx.reseeds + 1;
        var md2 = ctx.plugin.md.create();
        md2.update(ctx.keyBytes);
        for (var _2powK = 1, k = 0; k < 32; ++k)
          ctx.reseeds % _2powK === 0 && (md2.update(ctx.pools[k].digest().getBytes()), ctx.pools[k].start()), _2powK = _2powK << 1;
        ctx.keyBytes = md2.digest().getBytes(), md2.start(), md2.update(ctx.keyBytes);
        var seedBytes = md2.digest().getBytes();
        ctx.key = ctx.plugin.formatKey(ctx.keyBytes), ctx.seed = ctx.plugin.formatSeed(seedBytes), ctx.generated = 0;
      }
      function defaultSeedFile(needed) {
        var getRandomValues = null, globalScope = forge3.util.globalScope, _crypto2 = globalScope.crypto || globalScope.msCrypto;
        _crypto2 && _crypto2.getRandomValues && (getRandomValues = function(arr) {
          return _crypto2.getRandomValues(arr);
        });
        var b = forge3.util.createBuffer();
        if (getRandomValues)
          for (; b.length() < needed; ) {
            var count = Math.max(1, Math.min(needed - b.length(), 65536) / 4), entropy = new Uint32Array(Math.floor(count));
            try {
              getRandomValues(entropy);
              for (var i2 = 0; i2 < entropy.length; ++i2)
                b.putInt32(entropy[i2]);
            } catch (e) {
              if (!(typeof QuotaExceededError < "u" && e instanceof QuotaExceededError))
                throw e;
            }
          }
        if (b.length() < needed)
          for (var hi, lo, next, seed = Math.floor(Math.random() * 65536); b.length() < needed; ) {
            lo = 16807 * (seed & 65535), hi = 16807 * (seed >> 16), lo += (hi & 32767) << 16, lo += hi >> 15, lo = (lo & 2147483647) + (lo >> 31), seed = lo & 4294967295;
            for (var i2 = 0; i2 < 3; ++i2)
              next = seed >>> (i2 << 3), next ^= Math.floor(Math.random() * 256), b.putByte(next & 255);
          }
        return b.getBytes(needed);
      }
      return _crypto ? (ctx.seedFile = function(needed, callback) {
        _crypto.randomBytes(needed, function(err, bytes) {
          if (err)
            return callback(err);
          callback(null, bytes.toString());
        });
      }, ctx.seedFileSync = function(needed) {
        return _crypto.randomBytes(needed).toString();
      }) : (ctx.seedFile = function(needed, callback) {
        try {
          callback(null, defaultSeedFile(needed));
        } catch (e) {
          callback(e);
        }
      }, ctx.seedFileSync = defaultSeedFile), ctx.collect = function(bytes) {
        for (var count = bytes.length, i2 = 0; i2 < count; ++i2)
          ctx.pools[ctx.pool].update(bytes.substr(i2, 1)), ctx.pool = ctx.pool === 31 ? 0 : ctx.pool + 1;
      }, ctx.collectInt = function(i2, n) {
        for (var bytes = "", x = 0; x < n; x += 8)
          bytes += String.fromCharCode(i2 >> x & 255);
        ctx.collect(bytes);
      }, ctx.registerWorker = function(worker) {
        if (worker === self)
          ctx.seedFile = function(needed, callback) {
            function listener2(e) {
              var data = e.data;
              data.forge && data.forge.prng && (self.removeEventListener("message", listener2), callback(data.forge.prng.err, data.forge.prng.bytes));
            }
            self.addEventListener("message", listener2), self.postMessage({ forge: { prng: { needed } } });
          };
        else {
          var listener = function(e) {
            var data = e.data;
            data.forge && data.forge.prng && ctx.seedFile(data.forge.prng.needed, function(err, bytes) {
              worker.postMessage({ forge: { prng: { err, bytes } } });
            });
          };
          worker.addEventListener("message", listener);
        }
      }, ctx;
    };
  }
});

// node_modules/node-forge/lib/random.js
var require_random = __commonJS({
  "node_modules/node-forge/lib/random.js"(exports, module) {
    var forge3 = require_forge();
    require_aes();
    require_sha256();
    require_prng();
    require_util();
    (function() {
      if (forge3.random && forge3.random.getBytes) {
        module.exports = forge3.random;
        return;
      }
      (function(jQuery2) {
        var prng_aes = {}, _prng_aes_output = new Array(4), _prng_aes_buffer = forge3.util.createBuffer();
        prng_aes.formatKey = function(key2) {
          var tmp = forge3.util.createBuffer(key2);
          return key2 = new Array(4), key2[0] = tmp.getInt32(), key2[1] = tmp.getInt32(), key2[2] = tmp.getInt32(), key2[3] = tmp.getInt32(), forge3.aes._expandKey(key2, !1);
        }, prng_aes.formatSeed = function(seed) {
          var tmp = forge3.util.createBuffer(seed);
          return seed = new Array(4), seed[0] = tmp.getInt32(), seed[1] = tmp.getInt32(), seed[2] = tmp.getInt32(), seed[3] = tmp.getInt32(), seed;
        }, prng_aes.cipher = function(key2, seed) {
          return forge3.aes._updateBlock(key2, seed, _prng_aes_output, !1), _prng_aes_buffer.putInt32(_prng_aes_output[0]), _prng_aes_buffer.putInt32(_prng_aes_output[1]), _prng_aes_buffer.putInt32(_prng_aes_output[2]), _prng_aes_buffer.putInt32(_prng_aes_output[3]), _prng_aes_buffer.getBytes();
        }, prng_aes.increment = function(seed) {
          return ++seed[3], seed;
        }, prng_aes.md = forge3.md.sha256;
        function spawnPrng() {
          var ctx = forge3.prng.create(prng_aes);
          return ctx.getBytes = function(count, callback) {
            return ctx.generate(count, callback);
          }, ctx.getBytesSync = function(count) {
            return ctx.generate(count);
          }, ctx;
        }
        var _ctx = spawnPrng(), getRandomValues = null, globalScope = forge3.util.globalScope, _crypto = globalScope.crypto || globalScope.msCrypto;
        if (_crypto && _crypto.getRandomValues && (getRandomValues = function(arr) {
          return _crypto.getRandomValues(arr);
        }), forge3.options.usePureJavaScript || !forge3.util.isNodejs && !getRandomValues) {
          if (typeof window > "u" || window.document, _ctx.collectInt(+/* @__PURE__ */ new Date(), 32), typeof navigator < "u") {
            var _navBytes = "";
            for (var key in navigator)
              try {
                typeof navigator[key] == "string" && (_navBytes += navigator[key]);
              } catch {
              }
            _ctx.collect(_navBytes), _navBytes = null;
          }
          jQuery2 && (jQuery2().mousemove(function(e) {
            _ctx.collectInt(e.clientX, 16), _ctx.collectInt(e.clientY, 16);
          }), jQuery2().keypress(function(e) {
            _ctx.collectInt(e.charCode, 8);
          }));
        }
        if (!forge3.random)
          forge3.random = _ctx;
        else
          for (var key in _ctx)
            forge3.random[key] = _ctx[key];
        forge3.random.createInstance = spawnPrng, module.exports = forge3.random;
      })(typeof jQuery < "u" ? jQuery : null);
    })();
  }
});

// node_modules/node-forge/lib/rc2.js
var require_rc2 = __commonJS({
  "node_modules/node-forge/lib/rc2.js"(exports, module) {
    var forge3 = require_forge();
    require_util();
    var piTable = [
      217,
      120,
      249,
      196,
      25,
      221,
      181,
      237,
      40,
      233,
      253,
      121,
      74,
      160,
      216,
      157,
      198,
      126,
      55,
      131,
      43,
      118,
      83,
      142,
      98,
      76,
      100,
      136,
      68,
      139,
      251,
      162,
      23,
      154,
      89,
      245,
      135,
      179,
      79,
      19,
      97,
      69,
      109,
      141,
      9,
      129,
      125,
      50,
      189,
      143,
      64,
      235,
      134,
      183,
      123,
      11,
      240,
      149,
      33,
      34,
      92,
      107,
      78,
      130,
      84,
      214,
      101,
      147,
      206,
      96,
      178,
      28,
      115,
      86,
      192,
      20,
      167,
      140,
      241,
      220,
      18,
      117,
      202,
      31,
      59,
      190,
      228,
      209,
      66,
      61,
      212,
      48,
      163,
      60,
      182,
      38,
      111,
      191,
      14,
      218,
      70,
      105,
      7,
      87,
      39,
      242,
      29,
      155,
      188,
      148,
      67,
      3,
      248,
      17,
      199,
      246,
      144,
      239,
      62,
      231,
      6,
      195,
      213,
      47,
      200,
      102,
      30,
      215,
      8,
      232,
      234,
      222,
      128,
      82,
      238,
      247,
      132,
      170,
      114,
      172,
      53,
      77,
      106,
      42,
      150,
      26,
      210,
      113,
      90,
      21,
      73,
      116,
      75,
      159,
      208,
      94,
      4,
      24,
      164,
      236,
      194,
      224,
      65,
      110,
      15,
      81,
      203,
      204,
      36,
      145,
      175,
      80,
      161,
      244,
      112,
      57,
      153,
      124,
      58,
      133,
      35,
      184,
      180,
      122,
      252,
      2,
      54,
      91,
      37,
      85,
      151,
      49,
      45,
      93,
      250,
      152,
      227,
      138,
      146,
      174,
      5,
      223,
      41,
      16,
      103,
      108,
      186,
      201,
      211,
      0,
      230,
      207,
      225,
      158,
      168,
      44,
      99,
      22,
      1,
      63,
      88,
      226,
      137,
      169,
      13,
      56,
      52,
      27,
      171,
      51,
      255,
      176,
      187,
      72,
      12,
      95,
      185,
      177,
      205,
      46,
      197,
      243,
      219,
      71,
      229,
      165,
      156,
      119,
      10,
      166,
      32,
      104,
      254,
      127,
      193,
      173
    ], s = [1, 2, 3, 5], rol = function(word, bits) {
      return word << bits & 65535 | (word & 65535) >> 16 - bits;
    }, ror = function(word, bits) {
      return (word & 65535) >> bits | word << 16 - bits & 65535;
    };
    module.exports = forge3.rc2 = forge3.rc2 || {};
    forge3.rc2.expandKey = function(key, effKeyBits) {
      typeof key == "string" && (key = forge3.util.createBuffer(key)), effKeyBits = effKeyBits || 128;
      var L = key, T = key.length(), T1 = effKeyBits, T8 = Math.ceil(T1 / 8), TM = 255 >> (T1 & 7), i;
      for (i = T; i < 128; i++)
        L.putByte(piTable[L.at(i - 1) + L.at(i - T) & 255]);
      for (L.setAt(128 - T8, piTable[L.at(128 - T8) & TM]), i = 127 - T8; i >= 0; i--)
        L.setAt(i, piTable[L.at(i + 1) ^ L.at(i + T8)]);
      return L;
    };
    var createCipher = function(key, bits, encrypt) {
      var _finish = !1, _input = null, _output = null, _iv = null, mixRound, mashRound, i, j, K = [];
      for (key = forge3.rc2.expandKey(key, bits), i = 0; i < 64; i++)
        K.push(key.getInt16Le());
      encrypt ? (mixRound = function(R) {
        for (i = 0; i < 4; i++)
          R[i] += K[j] + (R[(i + 3) % 4] & R[(i + 2) % 4]) + (~R[(i + 3) % 4] & R[(i + 1) % 4]), R[i] = rol(R[i], s[i]), j++;
      }, mashRound = function(R) {
        for (i = 0; i < 4; i++)
          R[i] += K[R[(i + 3) % 4] & 63];
      }) : (mixRound = function(R) {
        for (i = 3; i >= 0; i--)
          R[i] = ror(R[i], s[i]), R[i] -= K[j] + (R[(i + 3) % 4] & R[(i + 2) % 4]) + (~R[(i + 3) % 4] & R[(i + 1) % 4]), j--;
      }, mashRound = function(R) {
        for (i = 3; i >= 0; i--)
          R[i] -= K[R[(i + 3) % 4] & 63];
      });
      var runPlan = function(plan) {
        var R = [];
        for (i = 0; i < 4; i++) {
          var val = _input.getInt16Le();
          _iv !== null && (encrypt ? val ^= _iv.getInt16Le() : _iv.putInt16Le(val)), R.push(val & 65535);
        }
        j = encrypt ? 0 : 63;
        for (var ptr = 0; ptr < plan.length; ptr++)
          for (var ctr = 0; ctr < plan[ptr][0]; ctr++)
            plan[ptr][1](R);
        for (i = 0; i < 4; i++)
          _iv !== null && (encrypt ? _iv.putInt16Le(R[i]) : R[i] ^= _iv.getInt16Le()), _output.putInt16Le(R[i]);
      }, cipher = null;
      return cipher = {
        /**
         * Starts or restarts the encryption or decryption process, whichever
         * was previously configured.
         *
         * To use the cipher in CBC mode, iv may be given either as a string
         * of bytes, or as a byte buffer.  For ECB mode, give null as iv.
         *
         * @param iv the initialization vector to use, null for ECB mode.
         * @param output the output the buffer to write to, null to create one.
         */
        start: function(iv, output) {
          iv && typeof iv == "string" && (iv = forge3.util.createBuffer(iv)), _finish = !1, _input = forge3.util.createBuffer(), _output = output || new forge3.util.createBuffer(), _iv = iv, cipher.output = _output;
        },
        /**
         * Updates the next block.
         *
         * @param input the buffer to read from.
         */
        update: function(input) {
          for (_finish || _input.putBuffer(input); _input.length() >= 8; )
            runPlan([
              [5, mixRound],
              [1, mashRound],
              [6, mixRound],
              [1, mashRound],
              [5, mixRound]
            ]);
        },
        /**
         * Finishes encrypting or decrypting.
         *
         * @param pad a padding function to use, null for PKCS#7 padding,
         *           signature(blockSize, buffer, decrypt).
         *
         * @return true if successful, false on error.
         */
        finish: function(pad) {
          var rval = !0;
          if (encrypt)
            if (pad)
              rval = pad(8, _input, !encrypt);
            else {
              var padding = _input.length() === 8 ? 8 : 8 - _input.length();
              _input.fillWithByte(padding, padding);
            }
          if (rval && (_finish = !0, cipher.update()), !encrypt && (rval = _input.length() === 0, rval))
            if (pad)
              rval = pad(8, _output, !encrypt);
            else {
              var len = _output.length(), count = _output.at(len - 1);
              count > len ? rval = !1 : _output.truncate(count);
            }
          return rval;
        }
      }, cipher;
    };
    forge3.rc2.startEncrypting = function(key, iv, output) {
      var cipher = forge3.rc2.createEncryptionCipher(key, 128);
      return cipher.start(iv, output), cipher;
    };
    forge3.rc2.createEncryptionCipher = function(key, bits) {
      return createCipher(key, bits, !0);
    };
    forge3.rc2.startDecrypting = function(key, iv, output) {
      var cipher = forge3.rc2.createDecryptionCipher(key, 128);
      return cipher.start(iv, output), cipher;
    };
    forge3.rc2.createDecryptionCipher = function(key, bits) {
      return createCipher(key, bits, !1);
    };
  }
});

// node_modules/node-forge/lib/jsbn.js
var require_jsbn = __commonJS({
  "node_modules/node-forge/lib/jsbn.js"(exports, module) {
    var forge3 = require_forge();
    module.exports = forge3.jsbn = forge3.jsbn || {};
    var dbits, canary = 244837814094590, j_lm = (canary & 16777215) == 15715070;
    function BigInteger(a, b, c) {
      this.data = [], a != null && (typeof a == "number" ? this.fromNumber(a, b, c) : b == null && typeof a != "string" ? this.fromString(a, 256) : this.fromString(a, b));
    }
    forge3.jsbn.BigInteger = BigInteger;
    function nbi() {
      return new BigInteger(null);
    }
    function am1(i, x, w, j, c, n) {
      for (; --n >= 0; ) {
        var v = x * this.data[i++] + w.data[j] + c;
        c = Math.floor(v / 67108864), w.data[j++] = v & 67108863;
      }
      return c;
    }
    function am2(i, x, w, j, c, n) {
      for (var xl = x & 32767, xh = x >> 15; --n >= 0; ) {
        var l = this.data[i] & 32767, h = this.data[i++] >> 15, m = xh * l + h * xl;
        l = xl * l + ((m & 32767) << 15) + w.data[j] + (c & 1073741823), c = (l >>> 30) + (m >>> 15) + xh * h + (c >>> 30), w.data[j++] = l & 1073741823;
      }
      return c;
    }
    function am3(i, x, w, j, c, n) {
      for (var xl = x & 16383, xh = x >> 14; --n >= 0; ) {
        var l = this.data[i] & 16383, h = this.data[i++] >> 14, m = xh * l + h * xl;
        l = xl * l + ((m & 16383) << 14) + w.data[j] + c, c = (l >> 28) + (m >> 14) + xh * h, w.data[j++] = l & 268435455;
      }
      return c;
    }
    typeof navigator > "u" ? (BigInteger.prototype.am = am3, dbits = 28) : j_lm && navigator.appName == "Microsoft Internet Explorer" ? (BigInteger.prototype.am = am2, dbits = 30) : j_lm && navigator.appName != "Netscape" ? (BigInteger.prototype.am = am1, dbits = 26) : (BigInteger.prototype.am = am3, dbits = 28);
    BigInteger.prototype.DB = dbits;
    BigInteger.prototype.DM = (1 << dbits) - 1;
    BigInteger.prototype.DV = 1 << dbits;
    var BI_FP = 52;
    BigInteger.prototype.FV = Math.pow(2, BI_FP);
    BigInteger.prototype.F1 = BI_FP - dbits;
    BigInteger.prototype.F2 = 2 * dbits - BI_FP;
    var BI_RM = "0123456789abcdefghijklmnopqrstuvwxyz", BI_RC = new Array(), rr, vv;
    rr = 48;
    for (vv = 0; vv <= 9; ++vv) BI_RC[rr++] = vv;
    rr = 97;
    for (vv = 10; vv < 36; ++vv) BI_RC[rr++] = vv;
    rr = 65;
    for (vv = 10; vv < 36; ++vv) BI_RC[rr++] = vv;
    function int2char(n) {
      return BI_RM.charAt(n);
    }
    function intAt(s, i) {
      var c = BI_RC[s.charCodeAt(i)];
      return c ?? -1;
    }
    function bnpCopyTo(r) {
      for (var i = this.t - 1; i >= 0; --i) r.data[i] = this.data[i];
      r.t = this.t, r.s = this.s;
    }
    function bnpFromInt(x) {
      this.t = 1, this.s = x < 0 ? -1 : 0, x > 0 ? this.data[0] = x : x < -1 ? this.data[0] = x + this.DV : this.t = 0;
    }
    function nbv(i) {
      var r = nbi();
      return r.fromInt(i), r;
    }
    function bnpFromString(s, b) {
      var k;
      if (b == 16) k = 4;
      else if (b == 8) k = 3;
      else if (b == 256) k = 8;
      else if (b == 2) k = 1;
      else if (b == 32) k = 5;
      else if (b == 4) k = 2;
      else {
        this.fromRadix(s, b);
        return;
      }
      this.t = 0, this.s = 0;
      for (var i = s.length, mi = !1, sh = 0; --i >= 0; ) {
        var x = k == 8 ? s[i] & 255 : intAt(s, i);
        if (x < 0) {
          s.charAt(i) == "-" && (mi = !0);
          continue;
        }
        mi = !1, sh == 0 ? this.data[this.t++] = x : sh + k > this.DB ? (this.data[this.t - 1] |= (x & (1 << this.DB - sh) - 1) << sh, this.data[this.t++] = x >> this.DB - sh) : this.data[this.t - 1] |= x << sh, sh += k, sh >= this.DB && (sh -= this.DB);
      }
      k == 8 && (s[0] & 128) != 0 && (this.s = -1, sh > 0 && (this.data[this.t - 1] |= (1 << this.DB - sh) - 1 << sh)), this.clamp(), mi && BigInteger.ZERO.subTo(this, this);
    }
    function bnpClamp() {
      for (var c = this.s & this.DM; this.t > 0 && this.data[this.t - 1] == c; ) --this.t;
    }
    function bnToString(b) {
      if (this.s < 0) return "-" + this.negate().toString(b);
      var k;
      if (b == 16) k = 4;
      else if (b == 8) k = 3;
      else if (b == 2) k = 1;
      else if (b == 32) k = 5;
      else if (b == 4) k = 2;
      else return this.toRadix(b);
      var km = (1 << k) - 1, d, m = !1, r = "", i = this.t, p = this.DB - i * this.DB % k;
      if (i-- > 0)
        for (p < this.DB && (d = this.data[i] >> p) > 0 && (m = !0, r = int2char(d)); i >= 0; )
          p < k ? (d = (this.data[i] & (1 << p) - 1) << k - p, d |= this.data[--i] >> (p += this.DB - k)) : (d = this.data[i] >> (p -= k) & km, p <= 0 && (p += this.DB, --i)), d > 0 && (m = !0), m && (r += int2char(d));
      return m ? r : "0";
    }
    function bnNegate() {
      var r = nbi();
      return BigInteger.ZERO.subTo(this, r), r;
    }
    function bnAbs() {
      return this.s < 0 ? this.negate() : this;
    }
    function bnCompareTo(a) {
      var r = this.s - a.s;
      if (r != 0) return r;
      var i = this.t;
      if (r = i - a.t, r != 0) return this.s < 0 ? -r : r;
      for (; --i >= 0; ) if ((r = this.data[i] - a.data[i]) != 0) return r;
      return 0;
    }
    function nbits(x) {
      var r = 1, t;
      return (t = x >>> 16) != 0 && (x = t, r += 16), (t = x >> 8) != 0 && (x = t, r += 8), (t = x >> 4) != 0 && (x = t, r += 4), (t = x >> 2) != 0 && (x = t, r += 2), (t = x >> 1) != 0 && (x = t, r += 1), r;
    }
    function bnBitLength() {
      return this.t <= 0 ? 0 : this.DB * (this.t - 1) + nbits(this.data[this.t - 1] ^ this.s & this.DM);
    }
    function bnpDLShiftTo(n, r) {
      var i;
      for (i = this.t - 1; i >= 0; --i) r.data[i + n] = this.data[i];
      for (i = n - 1; i >= 0; --i) r.data[i] = 0;
      r.t = this.t + n, r.s = this.s;
    }
    function bnpDRShiftTo(n, r) {
      for (var i = n; i < this.t; ++i) r.data[i - n] = this.data[i];
      r.t = Math.max(this.t - n, 0), r.s = this.s;
    }
    function bnpLShiftTo(n, r) {
      var bs = n % this.DB, cbs = this.DB - bs, bm = (1 << cbs) - 1, ds = Math.floor(n / this.DB), c = this.s << bs & this.DM, i;
      for (i = this.t - 1; i >= 0; --i)
        r.data[i + ds + 1] = this.data[i] >> cbs | c, c = (this.data[i] & bm) << bs;
      for (i = ds - 1; i >= 0; --i) r.data[i] = 0;
      r.data[ds] = c, r.t = this.t + ds + 1, r.s = this.s, r.clamp();
    }
    function bnpRShiftTo(n, r) {
      r.s = this.s;
      var ds = Math.floor(n / this.DB);
      if (ds >= this.t) {
        r.t = 0;
        return;
      }
      var bs = n % this.DB, cbs = this.DB - bs, bm = (1 << bs) - 1;
      r.data[0] = this.data[ds] >> bs;
      for (var i = ds + 1; i < this.t; ++i)
        r.data[i - ds - 1] |= (this.data[i] & bm) << cbs, r.data[i - ds] = this.data[i] >> bs;
      bs > 0 && (r.data[this.t - ds - 1] |= (this.s & bm) << cbs), r.t = this.t - ds, r.clamp();
    }
    function bnpSubTo(a, r) {
      for (var i = 0, c = 0, m = Math.min(a.t, this.t); i < m; )
        c += this.data[i] - a.data[i], r.data[i++] = c & this.DM, c >>= this.DB;
      if (a.t < this.t) {
        for (c -= a.s; i < this.t; )
          c += this.data[i], r.data[i++] = c & this.DM, c >>= this.DB;
        c += this.s;
      } else {
        for (c += this.s; i < a.t; )
          c -= a.data[i], r.data[i++] = c & this.DM, c >>= this.DB;
        c -= a.s;
      }
      r.s = c < 0 ? -1 : 0, c < -1 ? r.data[i++] = this.DV + c : c > 0 && (r.data[i++] = c), r.t = i, r.clamp();
    }
    function bnpMultiplyTo(a, r) {
      var x = this.abs(), y = a.abs(), i = x.t;
      for (r.t = i + y.t; --i >= 0; ) r.data[i] = 0;
      for (i = 0; i < y.t; ++i) r.data[i + x.t] = x.am(0, y.data[i], r, i, 0, x.t);
      r.s = 0, r.clamp(), this.s != a.s && BigInteger.ZERO.subTo(r, r);
    }
    function bnpSquareTo(r) {
      for (var x = this.abs(), i = r.t = 2 * x.t; --i >= 0; ) r.data[i] = 0;
      for (i = 0; i < x.t - 1; ++i) {
        var c = x.am(i, x.data[i], r, 2 * i, 0, 1);
        (r.data[i + x.t] += x.am(i + 1, 2 * x.data[i], r, 2 * i + 1, c, x.t - i - 1)) >= x.DV && (r.data[i + x.t] -= x.DV, r.data[i + x.t + 1] = 1);
      }
      r.t > 0 && (r.data[r.t - 1] += x.am(i, x.data[i], r, 2 * i, 0, 1)), r.s = 0, r.clamp();
    }
    function bnpDivRemTo(m, q, r) {
      var pm = m.abs();
      if (!(pm.t <= 0)) {
        var pt = this.abs();
        if (pt.t < pm.t) {
          q?.fromInt(0), r != null && this.copyTo(r);
          return;
        }
        r == null && (r = nbi());
        var y = nbi(), ts = this.s, ms = m.s, nsh = this.DB - nbits(pm.data[pm.t - 1]);
        nsh > 0 ? (pm.lShiftTo(nsh, y), pt.lShiftTo(nsh, r)) : (pm.copyTo(y), pt.copyTo(r));
        var ys = y.t, y0 = y.data[ys - 1];
        if (y0 != 0) {
          var yt = y0 * (1 << this.F1) + (ys > 1 ? y.data[ys - 2] >> this.F2 : 0), d1 = this.FV / yt, d2 = (1 << this.F1) / yt, e = 1 << this.F2, i = r.t, j = i - ys, t = q ?? nbi();
          for (y.dlShiftTo(j, t), r.compareTo(t) >= 0 && (r.data[r.t++] = 1, r.subTo(t, r)), BigInteger.ONE.dlShiftTo(ys, t), t.subTo(y, y); y.t < ys; ) y.data[y.t++] = 0;
          for (; --j >= 0; ) {
            var qd = r.data[--i] == y0 ? this.DM : Math.floor(r.data[i] * d1 + (r.data[i - 1] + e) * d2);
            if ((r.data[i] += y.am(0, qd, r, j, 0, ys)) < qd)
              for (y.dlShiftTo(j, t), r.subTo(t, r); r.data[i] < --qd; ) r.subTo(t, r);
          }
          q != null && (r.drShiftTo(ys, q), ts != ms && BigInteger.ZERO.subTo(q, q)), r.t = ys, r.clamp(), nsh > 0 && r.rShiftTo(nsh, r), ts < 0 && BigInteger.ZERO.subTo(r, r);
        }
      }
    }
    function bnMod(a) {
      var r = nbi();
      return this.abs().divRemTo(a, null, r), this.s < 0 && r.compareTo(BigInteger.ZERO) > 0 && a.subTo(r, r), r;
    }
    function Classic(m) {
      this.m = m;
    }
    function cConvert(x) {
      return x.s < 0 || x.compareTo(this.m) >= 0 ? x.mod(this.m) : x;
    }
    function cRevert(x) {
      return x;
    }
    function cReduce(x) {
      x.divRemTo(this.m, null, x);
    }
    function cMulTo(x, y, r) {
      x.multiplyTo(y, r), this.reduce(r);
    }
    function cSqrTo(x, r) {
      x.squareTo(r), this.reduce(r);
    }
    Classic.prototype.convert = cConvert;
    Classic.prototype.revert = cRevert;
    Classic.prototype.reduce = cReduce;
    Classic.prototype.mulTo = cMulTo;
    Classic.prototype.sqrTo = cSqrTo;
    function bnpInvDigit() {
      if (this.t < 1) return 0;
      var x = this.data[0];
      if ((x & 1) == 0) return 0;
      var y = x & 3;
      return y = y * (2 - (x & 15) * y) & 15, y = y * (2 - (x & 255) * y) & 255, y = y * (2 - ((x & 65535) * y & 65535)) & 65535, y = y * (2 - x * y % this.DV) % this.DV, y > 0 ? this.DV - y : -y;
    }
    function Montgomery(m) {
      this.m = m, this.mp = m.invDigit(), this.mpl = this.mp & 32767, this.mph = this.mp >> 15, this.um = (1 << m.DB - 15) - 1, this.mt2 = 2 * m.t;
    }
    function montConvert(x) {
      var r = nbi();
      return x.abs().dlShiftTo(this.m.t, r), r.divRemTo(this.m, null, r), x.s < 0 && r.compareTo(BigInteger.ZERO) > 0 && this.m.subTo(r, r), r;
    }
    function montRevert(x) {
      var r = nbi();
      return x.copyTo(r), this.reduce(r), r;
    }
    function montReduce(x) {
      for (; x.t <= this.mt2; )
        x.data[x.t++] = 0;
      for (var i = 0; i < this.m.t; ++i) {
        var j = x.data[i] & 32767, u0 = j * this.mpl + ((j * this.mph + (x.data[i] >> 15) * this.mpl & this.um) << 15) & x.DM;
        for (j = i + this.m.t, x.data[j] += this.m.am(0, u0, x, i, 0, this.m.t); x.data[j] >= x.DV; )
          x.data[j] -= x.DV, x.data[++j]++;
      }
      x.clamp(), x.drShiftTo(this.m.t, x), x.compareTo(this.m) >= 0 && x.subTo(this.m, x);
    }
    function montSqrTo(x, r) {
      x.squareTo(r), this.reduce(r);
    }
    function montMulTo(x, y, r) {
      x.multiplyTo(y, r), this.reduce(r);
    }
    Montgomery.prototype.convert = montConvert;
    Montgomery.prototype.revert = montRevert;
    Montgomery.prototype.reduce = montReduce;
    Montgomery.prototype.mulTo = montMulTo;
    Montgomery.prototype.sqrTo = montSqrTo;
    function bnpIsEven() {
      return (this.t > 0 ? this.data[0] & 1 : this.s) == 0;
    }
    function bnpExp(e, z) {
      if (e > 4294967295 || e < 1) return BigInteger.ONE;
      var r = nbi(), r2 = nbi(), g = z.convert(this), i = nbits(e) - 1;
      for (g.copyTo(r); --i >= 0; )
        if (z.sqrTo(r, r2), (e & 1 << i) > 0) z.mulTo(r2, g, r);
        else {
          var t = r;
          r = r2, r2 = t;
        }
      return z.revert(r);
    }
    function bnModPowInt(e, m) {
      var z;
      return e < 256 || m.isEven() ? z = new Classic(m) : z = new Montgomery(m), this.exp(e, z);
    }
    BigInteger.prototype.copyTo = bnpCopyTo;
    BigInteger.prototype.fromInt = bnpFromInt;
    BigInteger.prototype.fromString = bnpFromString;
    BigInteger.prototype.clamp = bnpClamp;
    BigInteger.prototype.dlShiftTo = bnpDLShiftTo;
    BigInteger.prototype.drShiftTo = bnpDRShiftTo;
    BigInteger.prototype.lShiftTo = bnpLShiftTo;
    BigInteger.prototype.rShiftTo = bnpRShiftTo;
    BigInteger.prototype.subTo = bnpSubTo;
    BigInteger.prototype.multiplyTo = bnpMultiplyTo;
    BigInteger.prototype.squareTo = bnpSquareTo;
    BigInteger.prototype.divRemTo = bnpDivRemTo;
    BigInteger.prototype.invDigit = bnpInvDigit;
    BigInteger.prototype.isEven = bnpIsEven;
    BigInteger.prototype.exp = bnpExp;
    BigInteger.prototype.toString = bnToString;
    BigInteger.prototype.negate = bnNegate;
    BigInteger.prototype.abs = bnAbs;
    BigInteger.prototype.compareTo = bnCompareTo;
    BigInteger.prototype.bitLength = bnBitLength;
    BigInteger.prototype.mod = bnMod;
    BigInteger.prototype.modPowInt = bnModPowInt;
    BigInteger.ZERO = nbv(0);
    BigInteger.ONE = nbv(1);
    function bnClone() {
      var r = nbi();
      return this.copyTo(r), r;
    }
    function bnIntValue() {
      if (this.s < 0) {
        if (this.t == 1) return this.data[0] - this.DV;
        if (this.t == 0) return -1;
      } else {
        if (this.t == 1) return this.data[0];
        if (this.t == 0) return 0;
      }
      return (this.data[1] & (1 << 32 - this.DB) - 1) << this.DB | this.data[0];
    }
    function bnByteValue() {
      return this.t == 0 ? this.s : this.data[0] << 24 >> 24;
    }
    function bnShortValue() {
      return this.t == 0 ? this.s : this.data[0] << 16 >> 16;
    }
    function bnpChunkSize(r) {
      return Math.floor(Math.LN2 * this.DB / Math.log(r));
    }
    function bnSigNum() {
      return this.s < 0 ? -1 : this.t <= 0 || this.t == 1 && this.data[0] <= 0 ? 0 : 1;
    }
    function bnpToRadix(b) {
      if (b == null && (b = 10), this.signum() == 0 || b < 2 || b > 36) return "0";
      var cs = this.chunkSize(b), a = Math.pow(b, cs), d = nbv(a), y = nbi(), z = nbi(), r = "";
      for (this.divRemTo(d, y, z); y.signum() > 0; )
        r = (a + z.intValue()).toString(b).substr(1) + r, y.divRemTo(d, y, z);
      return z.intValue().toString(b) + r;
    }
    function bnpFromRadix(s, b) {
      this.fromInt(0), b == null && (b = 10);
      for (var cs = this.chunkSize(b), d = Math.pow(b, cs), mi = !1, j = 0, w = 0, i = 0; i < s.length; ++i) {
        var x = intAt(s, i);
        if (x < 0) {
          s.charAt(i) == "-" && this.signum() == 0 && (mi = !0);
          continue;
        }
        w = b * w + x, ++j >= cs && (this.dMultiply(d), this.dAddOffset(w, 0), j = 0, w = 0);
      }
      j > 0 && (this.dMultiply(Math.pow(b, j)), this.dAddOffset(w, 0)), mi && BigInteger.ZERO.subTo(this, this);
    }
    function bnpFromNumber(a, b, c) {
      if (typeof b == "number")
        if (a < 2) this.fromInt(1);
        else
          for (this.fromNumber(a, c), this.testBit(a - 1) || this.bitwiseTo(BigInteger.ONE.shiftLeft(a - 1), op_or, this), this.isEven() && this.dAddOffset(1, 0); !this.isProbablePrime(b); )
            this.dAddOffset(2, 0), this.bitLength() > a && this.subTo(BigInteger.ONE.shiftLeft(a - 1), this);
      else {
        var x = new Array(), t = a & 7;
        x.length = (a >> 3) + 1, b.nextBytes(x), t > 0 ? x[0] &= (1 << t) - 1 : x[0] = 0, this.fromString(x, 256);
      }
    }
    function bnToByteArray() {
      var i = this.t, r = new Array();
      r[0] = this.s;
      var p = this.DB - i * this.DB % 8, d, k = 0;
      if (i-- > 0)
        for (p < this.DB && (d = this.data[i] >> p) != (this.s & this.DM) >> p && (r[k++] = d | this.s << this.DB - p); i >= 0; )
          p < 8 ? (d = (this.data[i] & (1 << p) - 1) << 8 - p, d |= this.data[--i] >> (p += this.DB - 8)) : (d = this.data[i] >> (p -= 8) & 255, p <= 0 && (p += this.DB, --i)), (d & 128) != 0 && (d |= -256), k == 0 && (this.s & 128) != (d & 128) && ++k, (k > 0 || d != this.s) && (r[k++] = d);
      return r;
    }
    function bnEquals(a) {
      return this.compareTo(a) == 0;
    }
    function bnMin(a) {
      return this.compareTo(a) < 0 ? this : a;
    }
    function bnMax(a) {
      return this.compareTo(a) > 0 ? this : a;
    }
    function bnpBitwiseTo(a, op, r) {
      var i, f, m = Math.min(a.t, this.t);
      for (i = 0; i < m; ++i) r.data[i] = op(this.data[i], a.data[i]);
      if (a.t < this.t) {
        for (f = a.s & this.DM, i = m; i < this.t; ++i) r.data[i] = op(this.data[i], f);
        r.t = this.t;
      } else {
        for (f = this.s & this.DM, i = m; i < a.t; ++i) r.data[i] = op(f, a.data[i]);
        r.t = a.t;
      }
      r.s = op(this.s, a.s), r.clamp();
    }
    function op_and(x, y) {
      return x & y;
    }
    function bnAnd(a) {
      var r = nbi();
      return this.bitwiseTo(a, op_and, r), r;
    }
    function op_or(x, y) {
      return x | y;
    }
    function bnOr(a) {
      var r = nbi();
      return this.bitwiseTo(a, op_or, r), r;
    }
    function op_xor(x, y) {
      return x ^ y;
    }
    function bnXor(a) {
      var r = nbi();
      return this.bitwiseTo(a, op_xor, r), r;
    }
    function op_andnot(x, y) {
      return x & ~y;
    }
    function bnAndNot(a) {
      var r = nbi();
      return this.bitwiseTo(a, op_andnot, r), r;
    }
    function bnNot() {
      for (var r = nbi(), i = 0; i < this.t; ++i) r.data[i] = this.DM & ~this.data[i];
      return r.t = this.t, r.s = ~this.s, r;
    }
    function bnShiftLeft(n) {
      var r = nbi();
      return n < 0 ? this.rShiftTo(-n, r) : this.lShiftTo(n, r), r;
    }
    function bnShiftRight(n) {
      var r = nbi();
      return n < 0 ? this.lShiftTo(-n, r) : this.rShiftTo(n, r), r;
    }
    function lbit(x) {
      if (x == 0) return -1;
      var r = 0;
      return (x & 65535) == 0 && (x >>= 16, r += 16), (x & 255) == 0 && (x >>= 8, r += 8), (x & 15) == 0 && (x >>= 4, r += 4), (x & 3) == 0 && (x >>= 2, r += 2), (x & 1) == 0 && ++r, r;
    }
    function bnGetLowestSetBit() {
      for (var i = 0; i < this.t; ++i)
        if (this.data[i] != 0) return i * this.DB + lbit(this.data[i]);
      return this.s < 0 ? this.t * this.DB : -1;
    }
    function cbit(x) {
      for (var r = 0; x != 0; )
        x &= x - 1, ++r;
      return r;
    }
    function bnBitCount() {
      for (var r = 0, x = this.s & this.DM, i = 0; i < this.t; ++i) r += cbit(this.data[i] ^ x);
      return r;
    }
    function bnTestBit(n) {
      var j = Math.floor(n / this.DB);
      return j >= this.t ? this.s != 0 : (this.data[j] & 1 << n % this.DB) != 0;
    }
    function bnpChangeBit(n, op) {
      var r = BigInteger.ONE.shiftLeft(n);
      return this.bitwiseTo(r, op, r), r;
    }
    function bnSetBit(n) {
      return this.changeBit(n, op_or);
    }
    function bnClearBit(n) {
      return this.changeBit(n, op_andnot);
    }
    function bnFlipBit(n) {
      return this.changeBit(n, op_xor);
    }
    function bnpAddTo(a, r) {
      for (var i = 0, c = 0, m = Math.min(a.t, this.t); i < m; )
        c += this.data[i] + a.data[i], r.data[i++] = c & this.DM, c >>= this.DB;
      if (a.t < this.t) {
        for (c += a.s; i < this.t; )
          c += this.data[i], r.data[i++] = c & this.DM, c >>= this.DB;
        c += this.s;
      } else {
        for (c += this.s; i < a.t; )
          c += a.data[i], r.data[i++] = c & this.DM, c >>= this.DB;
        c += a.s;
      }
      r.s = c < 0 ? -1 : 0, c > 0 ? r.data[i++] = c : c < -1 && (r.data[i++] = this.DV + c), r.t = i, r.clamp();
    }
    function bnAdd(a) {
      var r = nbi();
      return this.addTo(a, r), r;
    }
    function bnSubtract(a) {
      var r = nbi();
      return this.subTo(a, r), r;
    }
    function bnMultiply(a) {
      var r = nbi();
      return this.multiplyTo(a, r), r;
    }
    function bnSquare() {
      var r = nbi();
      return this.squareTo(r), r;
    }
    function bnDivide(a) {
      var r = nbi();
      return this.divRemTo(a, r, null), r;
    }
    function bnRemainder(a) {
      var r = nbi();
      return this.divRemTo(a, null, r), r;
    }
    function bnDivideAndRemainder(a) {
      var q = nbi(), r = nbi();
      return this.divRemTo(a, q, r), new Array(q, r);
    }
    function bnpDMultiply(n) {
      this.data[this.t] = this.am(0, n - 1, this, 0, 0, this.t), ++this.t, this.clamp();
    }
    function bnpDAddOffset(n, w) {
      if (n != 0) {
        for (; this.t <= w; ) this.data[this.t++] = 0;
        for (this.data[w] += n; this.data[w] >= this.DV; )
          this.data[w] -= this.DV, ++w >= this.t && (this.data[this.t++] = 0), ++this.data[w];
      }
    }
    function NullExp() {
    }
    function nNop(x) {
      return x;
    }
    function nMulTo(x, y, r) {
      x.multiplyTo(y, r);
    }
    function nSqrTo(x, r) {
      x.squareTo(r);
    }
    NullExp.prototype.convert = nNop;
    NullExp.prototype.revert = nNop;
    NullExp.prototype.mulTo = nMulTo;
    NullExp.prototype.sqrTo = nSqrTo;
    function bnPow(e) {
      return this.exp(e, new NullExp());
    }
    function bnpMultiplyLowerTo(a, n, r) {
      var i = Math.min(this.t + a.t, n);
      for (r.s = 0, r.t = i; i > 0; ) r.data[--i] = 0;
      var j;
      for (j = r.t - this.t; i < j; ++i) r.data[i + this.t] = this.am(0, a.data[i], r, i, 0, this.t);
      for (j = Math.min(a.t, n); i < j; ++i) this.am(0, a.data[i], r, i, 0, n - i);
      r.clamp();
    }
    function bnpMultiplyUpperTo(a, n, r) {
      --n;
      var i = r.t = this.t + a.t - n;
      for (r.s = 0; --i >= 0; ) r.data[i] = 0;
      for (i = Math.max(n - this.t, 0); i < a.t; ++i)
        r.data[this.t + i - n] = this.am(n - i, a.data[i], r, 0, 0, this.t + i - n);
      r.clamp(), r.drShiftTo(1, r);
    }
    function Barrett(m) {
      this.r2 = nbi(), this.q3 = nbi(), BigInteger.ONE.dlShiftTo(2 * m.t, this.r2), this.mu = this.r2.divide(m), this.m = m;
    }
    function barrettConvert(x) {
      if (x.s < 0 || x.t > 2 * this.m.t) return x.mod(this.m);
      if (x.compareTo(this.m) < 0) return x;
      var r = nbi();
      return x.copyTo(r), this.reduce(r), r;
    }
    function barrettRevert(x) {
      return x;
    }
    function barrettReduce(x) {
      for (x.drShiftTo(this.m.t - 1, this.r2), x.t > this.m.t + 1 && (x.t = this.m.t + 1, x.clamp()), this.mu.multiplyUpperTo(this.r2, this.m.t + 1, this.q3), this.m.multiplyLowerTo(this.q3, this.m.t + 1, this.r2); x.compareTo(this.r2) < 0; ) x.dAddOffset(1, this.m.t + 1);
      for (x.subTo(this.r2, x); x.compareTo(this.m) >= 0; ) x.subTo(this.m, x);
    }
    function barrettSqrTo(x, r) {
      x.squareTo(r), this.reduce(r);
    }
    function barrettMulTo(x, y, r) {
      x.multiplyTo(y, r), this.reduce(r);
    }
    Barrett.prototype.convert = barrettConvert;
    Barrett.prototype.revert = barrettRevert;
    Barrett.prototype.reduce = barrettReduce;
    Barrett.prototype.mulTo = barrettMulTo;
    Barrett.prototype.sqrTo = barrettSqrTo;
    function bnModPow(e, m) {
      var i = e.bitLength(), k, r = nbv(1), z;
      if (i <= 0) return r;
      i < 18 ? k = 1 : i < 48 ? k = 3 : i < 144 ? k = 4 : i < 768 ? k = 5 : k = 6, i < 8 ? z = new Classic(m) : m.isEven() ? z = new Barrett(m) : z = new Montgomery(m);
      var g = new Array(), n = 3, k1 = k - 1, km = (1 << k) - 1;
      if (g[1] = z.convert(this), k > 1) {
        var g2 = nbi();
        for (z.sqrTo(g[1], g2); n <= km; )
          g[n] = nbi(), z.mulTo(g2, g[n - 2], g[n]), n += 2;
      }
      var j = e.t - 1, w, is1 = !0, r2 = nbi(), t;
      for (i = nbits(e.data[j]) - 1; j >= 0; ) {
        for (i >= k1 ? w = e.data[j] >> i - k1 & km : (w = (e.data[j] & (1 << i + 1) - 1) << k1 - i, j > 0 && (w |= e.data[j - 1] >> this.DB + i - k1)), n = k; (w & 1) == 0; )
          w >>= 1, --n;
        if ((i -= n) < 0 && (i += this.DB, --j), is1)
          g[w].copyTo(r), is1 = !1;
        else {
          for (; n > 1; )
            z.sqrTo(r, r2), z.sqrTo(r2, r), n -= 2;
          n > 0 ? z.sqrTo(r, r2) : (t = r, r = r2, r2 = t), z.mulTo(r2, g[w], r);
        }
        for (; j >= 0 && (e.data[j] & 1 << i) == 0; )
          z.sqrTo(r, r2), t = r, r = r2, r2 = t, --i < 0 && (i = this.DB - 1, --j);
      }
      return z.revert(r);
    }
    function bnGCD(a) {
      var x = this.s < 0 ? this.negate() : this.clone(), y = a.s < 0 ? a.negate() : a.clone();
      if (x.compareTo(y) < 0) {
        var t = x;
        x = y, y = t;
      }
      var i = x.getLowestSetBit(), g = y.getLowestSetBit();
      if (g < 0) return x;
      for (i < g && (g = i), g > 0 && (x.rShiftTo(g, x), y.rShiftTo(g, y)); x.signum() > 0; )
        (i = x.getLowestSetBit()) > 0 && x.rShiftTo(i, x), (i = y.getLowestSetBit()) > 0 && y.rShiftTo(i, y), x.compareTo(y) >= 0 ? (x.subTo(y, x), x.rShiftTo(1, x)) : (y.subTo(x, y), y.rShiftTo(1, y));
      return g > 0 && y.lShiftTo(g, y), y;
    }
    function bnpModInt(n) {
      if (n <= 0) return 0;
      var d = this.DV % n, r = this.s < 0 ? n - 1 : 0;
      if (this.t > 0)
        if (d == 0) r = this.data[0] % n;
        else for (var i = this.t - 1; i >= 0; --i) r = (d * r + this.data[i]) % n;
      return r;
    }
    function bnModInverse(m) {
      if (this.signum() <= 0 || m.signum() <= 0)
        return BigInteger.ZERO;
      var ac = m.isEven();
      if (this.isEven() && ac || m.signum() == 0) return BigInteger.ZERO;
      for (var u = m.clone(), v = this.clone(), a = nbv(1), b = nbv(0), c = nbv(0), d = nbv(1); u.signum() != 0; ) {
        for (; u.isEven(); )
          u.rShiftTo(1, u), ac ? ((!a.isEven() || !b.isEven()) && (a.addTo(this, a), b.subTo(m, b)), a.rShiftTo(1, a)) : b.isEven() || b.subTo(m, b), b.rShiftTo(1, b);
        for (; v.isEven(); )
          v.rShiftTo(1, v), ac ? ((!c.isEven() || !d.isEven()) && (c.addTo(this, c), d.subTo(m, d)), c.rShiftTo(1, c)) : d.isEven() || d.subTo(m, d), d.rShiftTo(1, d);
        u.compareTo(v) >= 0 ? (u.subTo(v, u), ac && a.subTo(c, a), b.subTo(d, b)) : (v.subTo(u, v), ac && c.subTo(a, c), d.subTo(b, d));
      }
      if (v.compareTo(BigInteger.ONE) != 0) return BigInteger.ZERO;
      if (d.compareTo(m) >= 0) return d.subtract(m);
      if (d.signum() < 0) d.addTo(m, d);
      else return d;
      return d.signum() < 0 ? d.add(m) : d;
    }
    var lowprimes = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 101, 103, 107, 109, 113, 127, 131, 137, 139, 149, 151, 157, 163, 167, 173, 179, 181, 191, 193, 197, 199, 211, 223, 227, 229, 233, 239, 241, 251, 257, 263, 269, 271, 277, 281, 283, 293, 307, 311, 313, 317, 331, 337, 347, 349, 353, 359, 367, 373, 379, 383, 389, 397, 401, 409, 419, 421, 431, 433, 439, 443, 449, 457, 461, 463, 467, 479, 487, 491, 499, 503, 509, 521, 523, 541, 547, 557, 563, 569, 571, 577, 587, 593, 599, 601, 607, 613, 617, 619, 631, 641, 643, 647, 653, 659, 661, 673, 677, 683, 691, 701, 709, 719, 727, 733, 739, 743, 751, 757, 761, 769, 773, 787, 797, 809, 811, 821, 823, 827, 829, 839, 853, 857, 859, 863, 877, 881, 883, 887, 907, 911, 919, 929, 937, 941, 947, 953, 967, 971, 977, 983, 991, 997], lplim = (1 << 26) / lowprimes[lowprimes.length - 1];
    function bnIsProbablePrime(t) {
      var i, x = this.abs();
      if (x.t == 1 && x.data[0] <= lowprimes[lowprimes.length - 1]) {
        for (i = 0; i < lowprimes.length; ++i)
          if (x.data[0] == lowprimes[i]) return !0;
        return !1;
      }
      if (x.isEven()) return !1;
      for (i = 1; i < lowprimes.length; ) {
        for (var m = lowprimes[i], j = i + 1; j < lowprimes.length && m < lplim; ) m *= lowprimes[j++];
        for (m = x.modInt(m); i < j; ) if (m % lowprimes[i++] == 0) return !1;
      }
      return x.millerRabin(t);
    }
    function bnpMillerRabin(t) {
      var n1 = this.subtract(BigInteger.ONE), k = n1.getLowestSetBit();
      if (k <= 0) return !1;
      for (var r = n1.shiftRight(k), prng = bnGetPrng(), a, i = 0; i < t; ++i) {
        do
          a = new BigInteger(this.bitLength(), prng);
        while (a.compareTo(BigInteger.ONE) <= 0 || a.compareTo(n1) >= 0);
        var y = a.modPow(r, this);
        if (y.compareTo(BigInteger.ONE) != 0 && y.compareTo(n1) != 0) {
          for (var j = 1; j++ < k && y.compareTo(n1) != 0; )
            if (y = y.modPowInt(2, this), y.compareTo(BigInteger.ONE) == 0) return !1;
          if (y.compareTo(n1) != 0) return !1;
        }
      }
      return !0;
    }
    function bnGetPrng() {
      return {
        // x is an array to fill with bytes
        nextBytes: function(x) {
          for (var i = 0; i < x.length; ++i)
            x[i] = Math.floor(Math.random() * 256);
        }
      };
    }
    BigInteger.prototype.chunkSize = bnpChunkSize;
    BigInteger.prototype.toRadix = bnpToRadix;
    BigInteger.prototype.fromRadix = bnpFromRadix;
    BigInteger.prototype.fromNumber = bnpFromNumber;
    BigInteger.prototype.bitwiseTo = bnpBitwiseTo;
    BigInteger.prototype.changeBit = bnpChangeBit;
    BigInteger.prototype.addTo = bnpAddTo;
    BigInteger.prototype.dMultiply = bnpDMultiply;
    BigInteger.prototype.dAddOffset = bnpDAddOffset;
    BigInteger.prototype.multiplyLowerTo = bnpMultiplyLowerTo;
    BigInteger.prototype.multiplyUpperTo = bnpMultiplyUpperTo;
    BigInteger.prototype.modInt = bnpModInt;
    BigInteger.prototype.millerRabin = bnpMillerRabin;
    BigInteger.prototype.clone = bnClone;
    BigInteger.prototype.intValue = bnIntValue;
    BigInteger.prototype.byteValue = bnByteValue;
    BigInteger.prototype.shortValue = bnShortValue;
    BigInteger.prototype.signum = bnSigNum;
    BigInteger.prototype.toByteArray = bnToByteArray;
    BigInteger.prototype.equals = bnEquals;
    BigInteger.prototype.min = bnMin;
    BigInteger.prototype.max = bnMax;
    BigInteger.prototype.and = bnAnd;
    BigInteger.prototype.or = bnOr;
    BigInteger.prototype.xor = bnXor;
    BigInteger.prototype.andNot = bnAndNot;
    BigInteger.prototype.not = bnNot;
    BigInteger.prototype.shiftLeft = bnShiftLeft;
    BigInteger.prototype.shiftRight = bnShiftRight;
    BigInteger.prototype.getLowestSetBit = bnGetLowestSetBit;
    BigInteger.prototype.bitCount = bnBitCount;
    BigInteger.prototype.testBit = bnTestBit;
    BigInteger.prototype.setBit = bnSetBit;
    BigInteger.prototype.clearBit = bnClearBit;
    BigInteger.prototype.flipBit = bnFlipBit;
    BigInteger.prototype.add = bnAdd;
    BigInteger.prototype.subtract = bnSubtract;
    BigInteger.prototype.multiply = bnMultiply;
    BigInteger.prototype.divide = bnDivide;
    BigInteger.prototype.remainder = bnRemainder;
    BigInteger.prototype.divideAndRemainder = bnDivideAndRemainder;
    BigInteger.prototype.modPow = bnModPow;
    BigInteger.prototype.modInverse = bnModInverse;
    BigInteger.prototype.pow = bnPow;
    BigInteger.prototype.gcd = bnGCD;
    BigInteger.prototype.isProbablePrime = bnIsProbablePrime;
    BigInteger.prototype.square = bnSquare;
  }
});

// node_modules/node-forge/lib/sha1.js
var require_sha1 = __commonJS({
  "node_modules/node-forge/lib/sha1.js"(exports, module) {
    var forge3 = require_forge();
    require_md();
    require_util();
    var sha1 = module.exports = forge3.sha1 = forge3.sha1 || {};
    forge3.md.sha1 = forge3.md.algorithms.sha1 = sha1;
    sha1.create = function() {
      _initialized || _init();
      var _state = null, _input = forge3.util.createBuffer(), _w = new Array(80), md = {
        algorithm: "sha1",
        blockLength: 64,
        digestLength: 20,
        // 56-bit length of message so far (does not including padding)
        messageLength: 0,
        // true message length
        fullMessageLength: null,
        // size of message length in bytes
        messageLengthSize: 8
      };
      return md.start = function() {
        md.messageLength = 0, md.fullMessageLength = md.messageLength64 = [];
        for (var int32s = md.messageLengthSize / 4, i = 0; i < int32s; ++i)
          md.fullMessageLength.push(0);
        return _input = forge3.util.createBuffer(), _state = {
          h0: 1732584193,
          h1: 4023233417,
          h2: 2562383102,
          h3: 271733878,
          h4: 3285377520
        }, md;
      }, md.start(), md.update = function(msg, encoding) {
        encoding === "utf8" && (msg = forge3.util.encodeUtf8(msg));
        var len = msg.length;
        md.messageLength += len, len = [len / 4294967296 >>> 0, len >>> 0];
        for (var i = md.fullMessageLength.length - 1; i >= 0; --i)
          md.fullMessageLength[i] += len[1], len[1] = len[0] + (md.fullMessageLength[i] / 4294967296 >>> 0), md.fullMessageLength[i] = md.fullMessageLength[i] >>> 0, len[0] = len[1] / 4294967296 >>> 0;
        return _input.putBytes(msg), _update(_state, _w, _input), (_input.read > 2048 || _input.length() === 0) && _input.compact(), md;
      }, md.digest = function() {
        var finalBlock = forge3.util.createBuffer();
        finalBlock.putBytes(_input.bytes());
        var remaining = md.fullMessageLength[md.fullMessageLength.length - 1] + md.messageLengthSize, overflow = remaining & md.blockLength - 1;
        finalBlock.putBytes(_padding.substr(0, md.blockLength - overflow));
        for (var next, carry, bits = md.fullMessageLength[0] * 8, i = 0; i < md.fullMessageLength.length - 1; ++i)
          next = md.fullMessageLength[i + 1] * 8, carry = next / 4294967296 >>> 0, bits += carry, finalBlock.putInt32(bits >>> 0), bits = next >>> 0;
        finalBlock.putInt32(bits);
        var s2 = {
          h0: _state.h0,
          h1: _state.h1,
          h2: _state.h2,
          h3: _state.h3,
          h4: _state.h4
        };
        _update(s2, _w, finalBlock);
        var rval = forge3.util.createBuffer();
        return rval.putInt32(s2.h0), rval.putInt32(s2.h1), rval.putInt32(s2.h2), rval.putInt32(s2.h3), rval.putInt32(s2.h4), rval;
      }, md;
    };
    var _padding = null, _initialized = !1;
    function _init() {
      _padding = "\x80", _padding += forge3.util.fillString("\0", 64), _initialized = !0;
    }
    function _update(s, w, bytes) {
      for (var t, a, b, c, d, e, f, i, len = bytes.length(); len >= 64; ) {
        for (a = s.h0, b = s.h1, c = s.h2, d = s.h3, e = s.h4, i = 0; i < 16; ++i)
          t = bytes.getInt32(), w[i] = t, f = d ^ b & (c ^ d), t = (a << 5 | a >>> 27) + f + e + 1518500249 + t, e = d, d = c, c = (b << 30 | b >>> 2) >>> 0, b = a, a = t;
        for (; i < 20; ++i)
          t = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], t = t << 1 | t >>> 31, w[i] = t, f = d ^ b & (c ^ d), t = (a << 5 | a >>> 27) + f + e + 1518500249 + t, e = d, d = c, c = (b << 30 | b >>> 2) >>> 0, b = a, a = t;
        for (; i < 32; ++i)
          t = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], t = t << 1 | t >>> 31, w[i] = t, f = b ^ c ^ d, t = (a << 5 | a >>> 27) + f + e + 1859775393 + t, e = d, d = c, c = (b << 30 | b >>> 2) >>> 0, b = a, a = t;
        for (; i < 40; ++i)
          t = w[i - 6] ^ w[i - 16] ^ w[i - 28] ^ w[i - 32], t = t << 2 | t >>> 30, w[i] = t, f = b ^ c ^ d, t = (a << 5 | a >>> 27) + f + e + 1859775393 + t, e = d, d = c, c = (b << 30 | b >>> 2) >>> 0, b = a, a = t;
        for (; i < 60; ++i)
          t = w[i - 6] ^ w[i - 16] ^ w[i - 28] ^ w[i - 32], t = t << 2 | t >>> 30, w[i] = t, f = b & c | d & (b ^ c), t = (a << 5 | a >>> 27) + f + e + 2400959708 + t, e = d, d = c, c = (b << 30 | b >>> 2) >>> 0, b = a, a = t;
        for (; i < 80; ++i)
          t = w[i - 6] ^ w[i - 16] ^ w[i - 28] ^ w[i - 32], t = t << 2 | t >>> 30, w[i] = t, f = b ^ c ^ d, t = (a << 5 | a >>> 27) + f + e + 3395469782 + t, e = d, d = c, c = (b << 30 | b >>> 2) >>> 0, b = a, a = t;
        s.h0 = s.h0 + a | 0, s.h1 = s.h1 + b | 0, s.h2 = s.h2 + c | 0, s.h3 = s.h3 + d | 0, s.h4 = s.h4 + e | 0, len -= 64;
      }
    }
  }
});

// node_modules/node-forge/lib/pkcs1.js
var require_pkcs1 = __commonJS({
  "node_modules/node-forge/lib/pkcs1.js"(exports, module) {
    var forge3 = require_forge();
    require_util();
    require_random();
    require_sha1();
    var pkcs1 = module.exports = forge3.pkcs1 = forge3.pkcs1 || {};
    pkcs1.encode_rsa_oaep = function(key, message, options) {
      var label, seed, md, mgf1Md;
      typeof options == "string" ? (label = options, seed = arguments[3] || void 0, md = arguments[4] || void 0) : options && (label = options.label || void 0, seed = options.seed || void 0, md = options.md || void 0, options.mgf1 && options.mgf1.md && (mgf1Md = options.mgf1.md)), md ? md.start() : md = forge3.md.sha1.create(), mgf1Md || (mgf1Md = md);
      var keyLength = Math.ceil(key.n.bitLength() / 8), maxLength = keyLength - 2 * md.digestLength - 2;
      if (message.length > maxLength) {
        var error = new Error("RSAES-OAEP input message length is too long.");
        throw error.length = message.length, error.maxLength = maxLength, error;
      }
      label || (label = ""), md.update(label, "raw");
      for (var lHash = md.digest(), PS = "", PS_length = maxLength - message.length, i = 0; i < PS_length; i++)
        PS += "\0";
      var DB = lHash.getBytes() + PS + "" + message;
      if (!seed)
        seed = forge3.random.getBytes(md.digestLength);
      else if (seed.length !== md.digestLength) {
        var error = new Error("Invalid RSAES-OAEP seed. The seed length must match the digest length.");
        throw error.seedLength = seed.length, error.digestLength = md.digestLength, error;
      }
      var dbMask = rsa_mgf1(seed, keyLength - md.digestLength - 1, mgf1Md), maskedDB = forge3.util.xorBytes(DB, dbMask, DB.length), seedMask = rsa_mgf1(maskedDB, md.digestLength, mgf1Md), maskedSeed = forge3.util.xorBytes(seed, seedMask, seed.length);
      return "\0" + maskedSeed + maskedDB;
    };
    pkcs1.decode_rsa_oaep = function(key, em, options) {
      var label, md, mgf1Md;
      typeof options == "string" ? (label = options, md = arguments[3] || void 0) : options && (label = options.label || void 0, md = options.md || void 0, options.mgf1 && options.mgf1.md && (mgf1Md = options.mgf1.md));
      var keyLength = Math.ceil(key.n.bitLength() / 8);
      if (em.length !== keyLength) {
        var error = new Error("RSAES-OAEP encoded message length is invalid.");
        throw error.length = em.length, error.expectedLength = keyLength, error;
      }
      if (md === void 0 ? md = forge3.md.sha1.create() : md.start(), mgf1Md || (mgf1Md = md), keyLength < 2 * md.digestLength + 2)
        throw new Error("RSAES-OAEP key is too short for the hash function.");
      label || (label = ""), md.update(label, "raw");
      for (var lHash = md.digest().getBytes(), y = em.charAt(0), maskedSeed = em.substring(1, md.digestLength + 1), maskedDB = em.substring(1 + md.digestLength), seedMask = rsa_mgf1(maskedDB, md.digestLength, mgf1Md), seed = forge3.util.xorBytes(maskedSeed, seedMask, maskedSeed.length), dbMask = rsa_mgf1(seed, keyLength - md.digestLength - 1, mgf1Md), db = forge3.util.xorBytes(maskedDB, dbMask, maskedDB.length), lHashPrime = db.substring(0, md.digestLength), error = y !== "\0", i = 0; i < md.digestLength; ++i)
        error |= lHash.charAt(i) !== lHashPrime.charAt(i);
      for (var in_ps = 1, index = md.digestLength, j = md.digestLength; j < db.length; j++) {
        var code = db.charCodeAt(j), is_0 = code & 1 ^ 1, error_mask = in_ps ? 65534 : 0;
        error |= code & error_mask, in_ps = in_ps & is_0, index += in_ps;
      }
      if (error || db.charCodeAt(index) !== 1)
        throw new Error("Invalid RSAES-OAEP padding.");
      return db.substring(index + 1);
    };
    function rsa_mgf1(seed, maskLength, hash) {
      hash || (hash = forge3.md.sha1.create());
      for (var t = "", count = Math.ceil(maskLength / hash.digestLength), i = 0; i < count; ++i) {
        var c = String.fromCharCode(
          i >> 24 & 255,
          i >> 16 & 255,
          i >> 8 & 255,
          i & 255
        );
        hash.start(), hash.update(seed + c), t += hash.digest().getBytes();
      }
      return t.substring(0, maskLength);
    }
  }
});

// node_modules/node-forge/lib/prime.js
var require_prime = __commonJS({
  "node_modules/node-forge/lib/prime.js"(exports, module) {
    var forge3 = require_forge();
    require_util();
    require_jsbn();
    require_random();
    (function() {
      if (forge3.prime) {
        module.exports = forge3.prime;
        return;
      }
      var prime = module.exports = forge3.prime = forge3.prime || {}, BigInteger = forge3.jsbn.BigInteger, GCD_30_DELTA = [6, 4, 2, 4, 2, 4, 6, 2], THIRTY = new BigInteger(null);
      THIRTY.fromInt(30);
      var op_or = function(x, y) {
        return x | y;
      };
      prime.generateProbablePrime = function(bits, options, callback) {
        typeof options == "function" && (callback = options, options = {}), options = options || {};
        var algorithm = options.algorithm || "PRIMEINC";
        typeof algorithm == "string" && (algorithm = { name: algorithm }), algorithm.options = algorithm.options || {};
        var prng = options.prng || forge3.random, rng = {
          // x is an array to fill with bytes
          nextBytes: function(x) {
            for (var b = prng.getBytesSync(x.length), i = 0; i < x.length; ++i)
              x[i] = b.charCodeAt(i);
          }
        };
        if (algorithm.name === "PRIMEINC")
          return primeincFindPrime(bits, rng, algorithm.options, callback);
        throw new Error("Invalid prime generation algorithm: " + algorithm.name);
      };
      function primeincFindPrime(bits, rng, options, callback) {
        return "workers" in options ? primeincFindPrimeWithWorkers(bits, rng, options, callback) : primeincFindPrimeWithoutWorkers(bits, rng, options, callback);
      }
      function primeincFindPrimeWithoutWorkers(bits, rng, options, callback) {
        var num = generateRandom(bits, rng), deltaIdx = 0, mrTests = getMillerRabinTests(num.bitLength());
        "millerRabinTests" in options && (mrTests = options.millerRabinTests);
        var maxBlockTime = 10;
        "maxBlockTime" in options && (maxBlockTime = options.maxBlockTime), _primeinc(num, bits, rng, deltaIdx, mrTests, maxBlockTime, callback);
      }
      function _primeinc(num, bits, rng, deltaIdx, mrTests, maxBlockTime, callback) {
        var start = +/* @__PURE__ */ new Date();
        do {
          if (num.bitLength() > bits && (num = generateRandom(bits, rng)), num.isProbablePrime(mrTests))
            return callback(null, num);
          num.dAddOffset(GCD_30_DELTA[deltaIdx++ % 8], 0);
        } while (maxBlockTime < 0 || +/* @__PURE__ */ new Date() - start < maxBlockTime);
        forge3.util.setImmediate(function() {
          _primeinc(num, bits, rng, deltaIdx, mrTests, maxBlockTime, callback);
        });
      }
      function primeincFindPrimeWithWorkers(bits, rng, options, callback) {
        if (typeof Worker > "u")
          return primeincFindPrimeWithoutWorkers(bits, rng, options, callback);
        var num = generateRandom(bits, rng), numWorkers = options.workers, workLoad = options.workLoad || 100, range2 = workLoad * 30 / 8, workerScript = options.workerScript || "forge/prime.worker.js";
        if (numWorkers === -1)
          return forge3.util.estimateCores(function(err, cores) {
            err && (cores = 2), numWorkers = cores - 1, generate();
          });
        generate();
        function generate() {
          numWorkers = Math.max(1, numWorkers);
          for (var workers = [], i = 0; i < numWorkers; ++i)
            workers[i] = new Worker(workerScript);
          for (var running = numWorkers, i = 0; i < numWorkers; ++i)
            workers[i].addEventListener("message", workerMessage);
          var found = !1;
          function workerMessage(e) {
            if (!found) {
              --running;
              var data = e.data;
              if (data.found) {
                for (var i2 = 0; i2 < workers.length; ++i2)
                  workers[i2].terminate();
                return found = !0, callback(null, new BigInteger(data.prime, 16));
              }
              num.bitLength() > bits && (num = generateRandom(bits, rng));
              var hex = num.toString(16);
              e.target.postMessage({
                hex,
                workLoad
              }), num.dAddOffset(range2, 0);
            }
          }
        }
      }
      function generateRandom(bits, rng) {
        var num = new BigInteger(bits, rng), bits1 = bits - 1;
        return num.testBit(bits1) || num.bitwiseTo(BigInteger.ONE.shiftLeft(bits1), op_or, num), num.dAddOffset(31 - num.mod(THIRTY).byteValue(), 0), num;
      }
      function getMillerRabinTests(bits) {
        return bits <= 100 ? 27 : bits <= 150 ? 18 : bits <= 200 ? 15 : bits <= 250 ? 12 : bits <= 300 ? 9 : bits <= 350 ? 8 : bits <= 400 ? 7 : bits <= 500 ? 6 : bits <= 600 ? 5 : bits <= 800 ? 4 : bits <= 1250 ? 3 : 2;
      }
    })();
  }
});

// node_modules/node-forge/lib/rsa.js
var require_rsa = __commonJS({
  "node_modules/node-forge/lib/rsa.js"(exports, module) {
    var forge3 = require_forge();
    require_asn1();
    require_jsbn();
    require_oids();
    require_pkcs1();
    require_prime();
    require_random();
    require_util();
    typeof BigInteger > "u" && (BigInteger = forge3.jsbn.BigInteger);
    var BigInteger, _crypto = forge3.util.isNodejs ? __require("crypto") : null, asn1 = forge3.asn1, util = forge3.util;
    forge3.pki = forge3.pki || {};
    module.exports = forge3.pki.rsa = forge3.rsa = forge3.rsa || {};
    var pki = forge3.pki, GCD_30_DELTA = [6, 4, 2, 4, 2, 4, 6, 2], privateKeyValidator = {
      // PrivateKeyInfo
      name: "PrivateKeyInfo",
      tagClass: asn1.Class.UNIVERSAL,
      type: asn1.Type.SEQUENCE,
      constructed: !0,
      value: [{
        // Version (INTEGER)
        name: "PrivateKeyInfo.version",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.INTEGER,
        constructed: !1,
        capture: "privateKeyVersion"
      }, {
        // privateKeyAlgorithm
        name: "PrivateKeyInfo.privateKeyAlgorithm",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.SEQUENCE,
        constructed: !0,
        value: [{
          name: "AlgorithmIdentifier.algorithm",
          tagClass: asn1.Class.UNIVERSAL,
          type: asn1.Type.OID,
          constructed: !1,
          capture: "privateKeyOid"
        }]
      }, {
        // PrivateKey
        name: "PrivateKeyInfo",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.OCTETSTRING,
        constructed: !1,
        capture: "privateKey"
      }]
    }, rsaPrivateKeyValidator = {
      // RSAPrivateKey
      name: "RSAPrivateKey",
      tagClass: asn1.Class.UNIVERSAL,
      type: asn1.Type.SEQUENCE,
      constructed: !0,
      value: [{
        // Version (INTEGER)
        name: "RSAPrivateKey.version",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.INTEGER,
        constructed: !1,
        capture: "privateKeyVersion"
      }, {
        // modulus (n)
        name: "RSAPrivateKey.modulus",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.INTEGER,
        constructed: !1,
        capture: "privateKeyModulus"
      }, {
        // publicExponent (e)
        name: "RSAPrivateKey.publicExponent",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.INTEGER,
        constructed: !1,
        capture: "privateKeyPublicExponent"
      }, {
        // privateExponent (d)
        name: "RSAPrivateKey.privateExponent",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.INTEGER,
        constructed: !1,
        capture: "privateKeyPrivateExponent"
      }, {
        // prime1 (p)
        name: "RSAPrivateKey.prime1",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.INTEGER,
        constructed: !1,
        capture: "privateKeyPrime1"
      }, {
        // prime2 (q)
        name: "RSAPrivateKey.prime2",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.INTEGER,
        constructed: !1,
        capture: "privateKeyPrime2"
      }, {
        // exponent1 (d mod (p-1))
        name: "RSAPrivateKey.exponent1",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.INTEGER,
        constructed: !1,
        capture: "privateKeyExponent1"
      }, {
        // exponent2 (d mod (q-1))
        name: "RSAPrivateKey.exponent2",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.INTEGER,
        constructed: !1,
        capture: "privateKeyExponent2"
      }, {
        // coefficient ((inverse of q) mod p)
        name: "RSAPrivateKey.coefficient",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.INTEGER,
        constructed: !1,
        capture: "privateKeyCoefficient"
      }]
    }, rsaPublicKeyValidator = {
      // RSAPublicKey
      name: "RSAPublicKey",
      tagClass: asn1.Class.UNIVERSAL,
      type: asn1.Type.SEQUENCE,
      constructed: !0,
      value: [{
        // modulus (n)
        name: "RSAPublicKey.modulus",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.INTEGER,
        constructed: !1,
        capture: "publicKeyModulus"
      }, {
        // publicExponent (e)
        name: "RSAPublicKey.exponent",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.INTEGER,
        constructed: !1,
        capture: "publicKeyExponent"
      }]
    }, publicKeyValidator = forge3.pki.rsa.publicKeyValidator = {
      name: "SubjectPublicKeyInfo",
      tagClass: asn1.Class.UNIVERSAL,
      type: asn1.Type.SEQUENCE,
      constructed: !0,
      captureAsn1: "subjectPublicKeyInfo",
      value: [{
        name: "SubjectPublicKeyInfo.AlgorithmIdentifier",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.SEQUENCE,
        constructed: !0,
        value: [{
          name: "AlgorithmIdentifier.algorithm",
          tagClass: asn1.Class.UNIVERSAL,
          type: asn1.Type.OID,
          constructed: !1,
          capture: "publicKeyOid"
        }]
      }, {
        // subjectPublicKey
        name: "SubjectPublicKeyInfo.subjectPublicKey",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.BITSTRING,
        constructed: !1,
        value: [{
          // RSAPublicKey
          name: "SubjectPublicKeyInfo.subjectPublicKey.RSAPublicKey",
          tagClass: asn1.Class.UNIVERSAL,
          type: asn1.Type.SEQUENCE,
          constructed: !0,
          optional: !0,
          captureAsn1: "rsaPublicKey"
        }]
      }]
    }, digestInfoValidator = {
      name: "DigestInfo",
      tagClass: asn1.Class.UNIVERSAL,
      type: asn1.Type.SEQUENCE,
      constructed: !0,
      value: [{
        name: "DigestInfo.DigestAlgorithm",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.SEQUENCE,
        constructed: !0,
        value: [{
          name: "DigestInfo.DigestAlgorithm.algorithmIdentifier",
          tagClass: asn1.Class.UNIVERSAL,
          type: asn1.Type.OID,
          constructed: !1,
          capture: "algorithmIdentifier"
        }, {
          // NULL parameters
          name: "DigestInfo.DigestAlgorithm.parameters",
          tagClass: asn1.Class.UNIVERSAL,
          type: asn1.Type.NULL,
          // captured only to check existence for md2 and md5
          capture: "parameters",
          optional: !0,
          constructed: !1
        }]
      }, {
        // digest
        name: "DigestInfo.digest",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.OCTETSTRING,
        constructed: !1,
        capture: "digest"
      }]
    }, _encodeDigestInfo = function(oid, digest, withParameters) {
      var digestAlgorithm = [asn1.create(
        asn1.Class.UNIVERSAL,
        asn1.Type.OID,
        !1,
        asn1.oidToDer(oid).getBytes()
      )];
      return withParameters && digestAlgorithm.push(asn1.create(
        asn1.Class.UNIVERSAL,
        asn1.Type.NULL,
        !1,
        ""
      )), asn1.toDer(asn1.create(
        asn1.Class.UNIVERSAL,
        asn1.Type.SEQUENCE,
        !0,
        [
          asn1.create(
            asn1.Class.UNIVERSAL,
            asn1.Type.SEQUENCE,
            !0,
            digestAlgorithm
          ),
          asn1.create(
            asn1.Class.UNIVERSAL,
            asn1.Type.OCTETSTRING,
            !1,
            digest
          )
        ]
      )).getBytes();
    }, emsaPkcs1v15encode = function(md) {
      var oid;
      if (md.algorithm in pki.oids)
        oid = pki.oids[md.algorithm];
      else {
        var error = new Error("Unknown message digest algorithm.");
        throw error.algorithm = md.algorithm, error;
      }
      var oidBytes = asn1.oidToDer(oid).getBytes(), digestInfo = asn1.create(
        asn1.Class.UNIVERSAL,
        asn1.Type.SEQUENCE,
        !0,
        []
      ), digestAlgorithm = asn1.create(
        asn1.Class.UNIVERSAL,
        asn1.Type.SEQUENCE,
        !0,
        []
      );
      digestAlgorithm.value.push(asn1.create(
        asn1.Class.UNIVERSAL,
        asn1.Type.OID,
        !1,
        oidBytes
      )), digestAlgorithm.value.push(asn1.create(
        asn1.Class.UNIVERSAL,
        asn1.Type.NULL,
        !1,
        ""
      ));
      var digest = asn1.create(
        asn1.Class.UNIVERSAL,
        asn1.Type.OCTETSTRING,
        !1,
        md.digest().getBytes()
      );
      return digestInfo.value.push(digestAlgorithm), digestInfo.value.push(digest), asn1.toDer(digestInfo).getBytes();
    }, _modPow = function(x, key, pub) {
      if (pub)
        return x.modPow(key.e, key.n);
      if (!key.p || !key.q)
        return x.modPow(key.d, key.n);
      key.dP || (key.dP = key.d.mod(key.p.subtract(BigInteger.ONE))), key.dQ || (key.dQ = key.d.mod(key.q.subtract(BigInteger.ONE))), key.qInv || (key.qInv = key.q.modInverse(key.p));
      var r;
      do
        r = new BigInteger(
          forge3.util.bytesToHex(forge3.random.getBytes(key.n.bitLength() / 8)),
          16
        );
      while (r.compareTo(key.n) >= 0 || !r.gcd(key.n).equals(BigInteger.ONE));
      x = x.multiply(r.modPow(key.e, key.n)).mod(key.n);
      for (var xp = x.mod(key.p).modPow(key.dP, key.p), xq = x.mod(key.q).modPow(key.dQ, key.q); xp.compareTo(xq) < 0; )
        xp = xp.add(key.p);
      var y = xp.subtract(xq).multiply(key.qInv).mod(key.p).multiply(key.q).add(xq);
      return y = y.multiply(r.modInverse(key.n)).mod(key.n), y;
    };
    pki.rsa.encrypt = function(m, key, bt) {
      var pub = bt, eb, k = Math.ceil(key.n.bitLength() / 8);
      bt !== !1 && bt !== !0 ? (pub = bt === 2, eb = _encodePkcs1_v1_5(m, key, bt)) : (eb = forge3.util.createBuffer(), eb.putBytes(m));
      for (var x = new BigInteger(eb.toHex(), 16), y = _modPow(x, key, pub), yhex = y.toString(16), ed = forge3.util.createBuffer(), zeros = k - Math.ceil(yhex.length / 2); zeros > 0; )
        ed.putByte(0), --zeros;
      return ed.putBytes(forge3.util.hexToBytes(yhex)), ed.getBytes();
    };
    pki.rsa.decrypt = function(ed, key, pub, ml) {
      var k = Math.ceil(key.n.bitLength() / 8);
      if (ed.length !== k) {
        var error = new Error("Encrypted message length is invalid.");
        throw error.length = ed.length, error.expected = k, error;
      }
      var y = new BigInteger(forge3.util.createBuffer(ed).toHex(), 16);
      if (y.compareTo(key.n) >= 0)
        throw new Error("Encrypted message is invalid.");
      for (var x = _modPow(y, key, pub), xhex = x.toString(16), eb = forge3.util.createBuffer(), zeros = k - Math.ceil(xhex.length / 2); zeros > 0; )
        eb.putByte(0), --zeros;
      return eb.putBytes(forge3.util.hexToBytes(xhex)), ml !== !1 ? _decodePkcs1_v1_5(eb.getBytes(), key, pub) : eb.getBytes();
    };
    pki.rsa.createKeyPairGenerationState = function(bits, e, options) {
      typeof bits == "string" && (bits = parseInt(bits, 10)), bits = bits || 2048, options = options || {};
      var prng = options.prng || forge3.random, rng = {
        // x is an array to fill with bytes
        nextBytes: function(x) {
          for (var b = prng.getBytesSync(x.length), i = 0; i < x.length; ++i)
            x[i] = b.charCodeAt(i);
        }
      }, algorithm = options.algorithm || "PRIMEINC", rval;
      if (algorithm === "PRIMEINC")
        rval = {
          algorithm,
          state: 0,
          bits,
          rng,
          eInt: e || 65537,
          e: new BigInteger(null),
          p: null,
          q: null,
          qBits: bits >> 1,
          pBits: bits - (bits >> 1),
          pqState: 0,
          num: null,
          keys: null
        }, rval.e.fromInt(rval.eInt);
      else
        throw new Error("Invalid key generation algorithm: " + algorithm);
      return rval;
    };
    pki.rsa.stepKeyPairGenerationState = function(state, n) {
      "algorithm" in state || (state.algorithm = "PRIMEINC");
      var THIRTY = new BigInteger(null);
      THIRTY.fromInt(30);
      for (var deltaIdx = 0, op_or = function(x, y) {
        return x | y;
      }, t1 = +/* @__PURE__ */ new Date(), t2, total = 0; state.keys === null && (n <= 0 || total < n); ) {
        if (state.state === 0) {
          var bits = state.p === null ? state.pBits : state.qBits, bits1 = bits - 1;
          state.pqState === 0 ? (state.num = new BigInteger(bits, state.rng), state.num.testBit(bits1) || state.num.bitwiseTo(
            BigInteger.ONE.shiftLeft(bits1),
            op_or,
            state.num
          ), state.num.dAddOffset(31 - state.num.mod(THIRTY).byteValue(), 0), deltaIdx = 0, ++state.pqState) : state.pqState === 1 ? state.num.bitLength() > bits ? state.pqState = 0 : state.num.isProbablePrime(
            _getMillerRabinTests(state.num.bitLength())
          ) ? ++state.pqState : state.num.dAddOffset(GCD_30_DELTA[deltaIdx++ % 8], 0) : state.pqState === 2 ? state.pqState = state.num.subtract(BigInteger.ONE).gcd(state.e).compareTo(BigInteger.ONE) === 0 ? 3 : 0 : state.pqState === 3 && (state.pqState = 0, state.p === null ? state.p = state.num : state.q = state.num, state.p !== null && state.q !== null && ++state.state, state.num = null);
        } else if (state.state === 1)
          state.p.compareTo(state.q) < 0 && (state.num = state.p, state.p = state.q, state.q = state.num), ++state.state;
        else if (state.state === 2)
          state.p1 = state.p.subtract(BigInteger.ONE), state.q1 = state.q.subtract(BigInteger.ONE), state.phi = state.p1.multiply(state.q1), ++state.state;
        else if (state.state === 3)
          state.phi.gcd(state.e).compareTo(BigInteger.ONE) === 0 ? ++state.state : (state.p = null, state.q = null, state.state = 0);
        else if (state.state === 4)
          state.n = state.p.multiply(state.q), state.n.bitLength() === state.bits ? ++state.state : (state.q = null, state.state = 0);
        else if (state.state === 5) {
          var d = state.e.modInverse(state.phi);
          state.keys = {
            privateKey: pki.rsa.setPrivateKey(
              state.n,
              state.e,
              d,
              state.p,
              state.q,
              d.mod(state.p1),
              d.mod(state.q1),
              state.q.modInverse(state.p)
            ),
            publicKey: pki.rsa.setPublicKey(state.n, state.e)
          };
        }
        t2 = +/* @__PURE__ */ new Date(), total += t2 - t1, t1 = t2;
      }
      return state.keys !== null;
    };
    pki.rsa.generateKeyPair = function(bits, e, options, callback) {
      if (arguments.length === 1 ? typeof bits == "object" ? (options = bits, bits = void 0) : typeof bits == "function" && (callback = bits, bits = void 0) : arguments.length === 2 ? typeof bits == "number" ? typeof e == "function" ? (callback = e, e = void 0) : typeof e != "number" && (options = e, e = void 0) : (options = bits, callback = e, bits = void 0, e = void 0) : arguments.length === 3 && (typeof e == "number" ? typeof options == "function" && (callback = options, options = void 0) : (callback = options, options = e, e = void 0)), options = options || {}, bits === void 0 && (bits = options.bits || 2048), e === void 0 && (e = options.e || 65537), !forge3.options.usePureJavaScript && !options.prng && bits >= 256 && bits <= 16384 && (e === 65537 || e === 3)) {
        if (callback) {
          if (_detectNodeCrypto("generateKeyPair"))
            return _crypto.generateKeyPair("rsa", {
              modulusLength: bits,
              publicExponent: e,
              publicKeyEncoding: {
                type: "spki",
                format: "pem"
              },
              privateKeyEncoding: {
                type: "pkcs8",
                format: "pem"
              }
            }, function(err, pub, priv) {
              if (err)
                return callback(err);
              callback(null, {
                privateKey: pki.privateKeyFromPem(priv),
                publicKey: pki.publicKeyFromPem(pub)
              });
            });
          if (_detectSubtleCrypto("generateKey") && _detectSubtleCrypto("exportKey"))
            return util.globalScope.crypto.subtle.generateKey({
              name: "RSASSA-PKCS1-v1_5",
              modulusLength: bits,
              publicExponent: _intToUint8Array(e),
              hash: { name: "SHA-256" }
            }, !0, ["sign", "verify"]).then(function(pair) {
              return util.globalScope.crypto.subtle.exportKey(
                "pkcs8",
                pair.privateKey
              );
            }).then(void 0, function(err) {
              callback(err);
            }).then(function(pkcs8) {
              if (pkcs8) {
                var privateKey = pki.privateKeyFromAsn1(
                  asn1.fromDer(forge3.util.createBuffer(pkcs8))
                );
                callback(null, {
                  privateKey,
                  publicKey: pki.setRsaPublicKey(privateKey.n, privateKey.e)
                });
              }
            });
          if (_detectSubtleMsCrypto("generateKey") && _detectSubtleMsCrypto("exportKey")) {
            var genOp = util.globalScope.msCrypto.subtle.generateKey({
              name: "RSASSA-PKCS1-v1_5",
              modulusLength: bits,
              publicExponent: _intToUint8Array(e),
              hash: { name: "SHA-256" }
            }, !0, ["sign", "verify"]);
            genOp.oncomplete = function(e2) {
              var pair = e2.target.result, exportOp = util.globalScope.msCrypto.subtle.exportKey(
                "pkcs8",
                pair.privateKey
              );
              exportOp.oncomplete = function(e3) {
                var pkcs8 = e3.target.result, privateKey = pki.privateKeyFromAsn1(
                  asn1.fromDer(forge3.util.createBuffer(pkcs8))
                );
                callback(null, {
                  privateKey,
                  publicKey: pki.setRsaPublicKey(privateKey.n, privateKey.e)
                });
              }, exportOp.onerror = function(err) {
                callback(err);
              };
            }, genOp.onerror = function(err) {
              callback(err);
            };
            return;
          }
        } else if (_detectNodeCrypto("generateKeyPairSync")) {
          var keypair = _crypto.generateKeyPairSync("rsa", {
            modulusLength: bits,
            publicExponent: e,
            publicKeyEncoding: {
              type: "spki",
              format: "pem"
            },
            privateKeyEncoding: {
              type: "pkcs8",
              format: "pem"
            }
          });
          return {
            privateKey: pki.privateKeyFromPem(keypair.privateKey),
            publicKey: pki.publicKeyFromPem(keypair.publicKey)
          };
        }
      }
      var state = pki.rsa.createKeyPairGenerationState(bits, e, options);
      if (!callback)
        return pki.rsa.stepKeyPairGenerationState(state, 0), state.keys;
      _generateKeyPair(state, options, callback);
    };
    pki.setRsaPublicKey = pki.rsa.setPublicKey = function(n, e) {
      var key = {
        n,
        e
      };
      return key.encrypt = function(data, scheme, schemeOptions) {
        if (typeof scheme == "string" ? scheme = scheme.toUpperCase() : scheme === void 0 && (scheme = "RSAES-PKCS1-V1_5"), scheme === "RSAES-PKCS1-V1_5")
          scheme = {
            encode: function(m, key2, pub) {
              return _encodePkcs1_v1_5(m, key2, 2).getBytes();
            }
          };
        else if (scheme === "RSA-OAEP" || scheme === "RSAES-OAEP")
          scheme = {
            encode: function(m, key2) {
              return forge3.pkcs1.encode_rsa_oaep(key2, m, schemeOptions);
            }
          };
        else if (["RAW", "NONE", "NULL", null].indexOf(scheme) !== -1)
          scheme = { encode: function(e3) {
            return e3;
          } };
        else if (typeof scheme == "string")
          throw new Error('Unsupported encryption scheme: "' + scheme + '".');
        var e2 = scheme.encode(data, key, !0);
        return pki.rsa.encrypt(e2, key, !0);
      }, key.verify = function(digest, signature, scheme, options) {
        typeof scheme == "string" ? scheme = scheme.toUpperCase() : scheme === void 0 && (scheme = "RSASSA-PKCS1-V1_5"), options === void 0 && (options = {
          _parseAllDigestBytes: !0,
          _skipPaddingChecks: !1
        }), "_parseAllDigestBytes" in options || (options._parseAllDigestBytes = !0), "_skipPaddingChecks" in options || (options._skipPaddingChecks = !1), scheme === "RSASSA-PKCS1-V1_5" ? scheme = {
          verify: function(digest2, d2) {
            d2 = _decodePkcs1_v1_5(d2, key, !0, void 0, options);
            var obj = asn1.fromDer(d2, {
              parseAllBytes: options._parseAllDigestBytes
            }), capture = {}, errors = [];
            if (!asn1.validate(obj, digestInfoValidator, capture, errors) || obj.value.length !== 2) {
              var error = new Error(
                "ASN.1 object does not contain a valid RSASSA-PKCS1-v1_5 DigestInfo value."
              );
              throw error.errors = errors, error;
            }
            var oid = asn1.derToOid(capture.algorithmIdentifier);
            if (!(oid === forge3.oids.md2 || oid === forge3.oids.md5 || oid === forge3.oids.sha1 || oid === forge3.oids.sha224 || oid === forge3.oids.sha256 || oid === forge3.oids.sha384 || oid === forge3.oids.sha512 || oid === forge3.oids["sha512-224"] || oid === forge3.oids["sha512-256"])) {
              var error = new Error(
                "Unknown RSASSA-PKCS1-v1_5 DigestAlgorithm identifier."
              );
              throw error.oid = oid, error;
            }
            if ((oid === forge3.oids.md2 || oid === forge3.oids.md5) && !("parameters" in capture))
              throw new Error(
                "ASN.1 object does not contain a valid RSASSA-PKCS1-v1_5 DigestInfo value. Missing algorithm identifier NULL parameters."
              );
            var withParameters = _encodeDigestInfo(oid, capture.digest, !0), withoutParameters = _encodeDigestInfo(oid, capture.digest, !1);
            if (d2.substring(0, withParameters.length) !== withParameters && d2.substring(0, withoutParameters.length) !== withoutParameters)
              throw new Error(
                "ASN.1 object does not contain a valid RSASSA-PKCS1-v1_5 DigestInfo value."
              );
            return digest2 === capture.digest;
          }
        } : (scheme === "NONE" || scheme === "NULL" || scheme === null) && (scheme = {
          verify: function(digest2, d2) {
            return d2 = _decodePkcs1_v1_5(d2, key, !0, void 0, options), digest2 === d2;
          }
        });
        var d = pki.rsa.decrypt(signature, key, !0, !1);
        return scheme.verify(digest, d, key.n.bitLength());
      }, key;
    };
    pki.setRsaPrivateKey = pki.rsa.setPrivateKey = function(n, e, d, p, q, dP, dQ, qInv) {
      var key = {
        n,
        e,
        d,
        p,
        q,
        dP,
        dQ,
        qInv
      };
      return key.decrypt = function(data, scheme, schemeOptions) {
        typeof scheme == "string" ? scheme = scheme.toUpperCase() : scheme === void 0 && (scheme = "RSAES-PKCS1-V1_5");
        var d2 = pki.rsa.decrypt(data, key, !1, !1);
        if (scheme === "RSAES-PKCS1-V1_5")
          scheme = { decode: _decodePkcs1_v1_5 };
        else if (scheme === "RSA-OAEP" || scheme === "RSAES-OAEP")
          scheme = {
            decode: function(d3, key2) {
              return forge3.pkcs1.decode_rsa_oaep(key2, d3, schemeOptions);
            }
          };
        else if (["RAW", "NONE", "NULL", null].indexOf(scheme) !== -1)
          scheme = { decode: function(d3) {
            return d3;
          } };
        else
          throw new Error('Unsupported encryption scheme: "' + scheme + '".');
        return scheme.decode(d2, key, !1);
      }, key.sign = function(md, scheme) {
        var bt = !1;
        typeof scheme == "string" && (scheme = scheme.toUpperCase()), scheme === void 0 || scheme === "RSASSA-PKCS1-V1_5" ? (scheme = { encode: emsaPkcs1v15encode }, bt = 1) : (scheme === "NONE" || scheme === "NULL" || scheme === null) && (scheme = { encode: function() {
          return md;
        } }, bt = 1);
        var d2 = scheme.encode(md, key.n.bitLength());
        return pki.rsa.encrypt(d2, key, bt);
      }, key;
    };
    pki.wrapRsaPrivateKey = function(rsaKey) {
      return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
        // version (0)
        asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.INTEGER,
          !1,
          asn1.integerToDer(0).getBytes()
        ),
        // privateKeyAlgorithm
        asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
          asn1.create(
            asn1.Class.UNIVERSAL,
            asn1.Type.OID,
            !1,
            asn1.oidToDer(pki.oids.rsaEncryption).getBytes()
          ),
          asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, !1, "")
        ]),
        // PrivateKey
        asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.OCTETSTRING,
          !1,
          asn1.toDer(rsaKey).getBytes()
        )
      ]);
    };
    pki.privateKeyFromAsn1 = function(obj) {
      var capture = {}, errors = [];
      if (asn1.validate(obj, privateKeyValidator, capture, errors) && (obj = asn1.fromDer(forge3.util.createBuffer(capture.privateKey))), capture = {}, errors = [], !asn1.validate(obj, rsaPrivateKeyValidator, capture, errors)) {
        var error = new Error("Cannot read private key. ASN.1 object does not contain an RSAPrivateKey.");
        throw error.errors = errors, error;
      }
      var n, e, d, p, q, dP, dQ, qInv;
      return n = forge3.util.createBuffer(capture.privateKeyModulus).toHex(), e = forge3.util.createBuffer(capture.privateKeyPublicExponent).toHex(), d = forge3.util.createBuffer(capture.privateKeyPrivateExponent).toHex(), p = forge3.util.createBuffer(capture.privateKeyPrime1).toHex(), q = forge3.util.createBuffer(capture.privateKeyPrime2).toHex(), dP = forge3.util.createBuffer(capture.privateKeyExponent1).toHex(), dQ = forge3.util.createBuffer(capture.privateKeyExponent2).toHex(), qInv = forge3.util.createBuffer(capture.privateKeyCoefficient).toHex(), pki.setRsaPrivateKey(
        new BigInteger(n, 16),
        new BigInteger(e, 16),
        new BigInteger(d, 16),
        new BigInteger(p, 16),
        new BigInteger(q, 16),
        new BigInteger(dP, 16),
        new BigInteger(dQ, 16),
        new BigInteger(qInv, 16)
      );
    };
    pki.privateKeyToAsn1 = pki.privateKeyToRSAPrivateKey = function(key) {
      return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
        // version (0 = only 2 primes, 1 multiple primes)
        asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.INTEGER,
          !1,
          asn1.integerToDer(0).getBytes()
        ),
        // modulus (n)
        asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.INTEGER,
          !1,
          _bnToBytes(key.n)
        ),
        // publicExponent (e)
        asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.INTEGER,
          !1,
          _bnToBytes(key.e)
        ),
        // privateExponent (d)
        asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.INTEGER,
          !1,
          _bnToBytes(key.d)
        ),
        // privateKeyPrime1 (p)
        asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.INTEGER,
          !1,
          _bnToBytes(key.p)
        ),
        // privateKeyPrime2 (q)
        asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.INTEGER,
          !1,
          _bnToBytes(key.q)
        ),
        // privateKeyExponent1 (dP)
        asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.INTEGER,
          !1,
          _bnToBytes(key.dP)
        ),
        // privateKeyExponent2 (dQ)
        asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.INTEGER,
          !1,
          _bnToBytes(key.dQ)
        ),
        // coefficient (qInv)
        asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.INTEGER,
          !1,
          _bnToBytes(key.qInv)
        )
      ]);
    };
    pki.publicKeyFromAsn1 = function(obj) {
      var capture = {}, errors = [];
      if (asn1.validate(obj, publicKeyValidator, capture, errors)) {
        var oid = asn1.derToOid(capture.publicKeyOid);
        if (oid !== pki.oids.rsaEncryption) {
          var error = new Error("Cannot read public key. Unknown OID.");
          throw error.oid = oid, error;
        }
        obj = capture.rsaPublicKey;
      }
      if (errors = [], !asn1.validate(obj, rsaPublicKeyValidator, capture, errors)) {
        var error = new Error("Cannot read public key. ASN.1 object does not contain an RSAPublicKey.");
        throw error.errors = errors, error;
      }
      var n = forge3.util.createBuffer(capture.publicKeyModulus).toHex(), e = forge3.util.createBuffer(capture.publicKeyExponent).toHex();
      return pki.setRsaPublicKey(
        new BigInteger(n, 16),
        new BigInteger(e, 16)
      );
    };
    pki.publicKeyToAsn1 = pki.publicKeyToSubjectPublicKeyInfo = function(key) {
      return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
        // AlgorithmIdentifier
        asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
          // algorithm
          asn1.create(
            asn1.Class.UNIVERSAL,
            asn1.Type.OID,
            !1,
            asn1.oidToDer(pki.oids.rsaEncryption).getBytes()
          ),
          // parameters (null)
          asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, !1, "")
        ]),
        // subjectPublicKey
        asn1.create(asn1.Class.UNIVERSAL, asn1.Type.BITSTRING, !1, [
          pki.publicKeyToRSAPublicKey(key)
        ])
      ]);
    };
    pki.publicKeyToRSAPublicKey = function(key) {
      return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
        // modulus (n)
        asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.INTEGER,
          !1,
          _bnToBytes(key.n)
        ),
        // publicExponent (e)
        asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.INTEGER,
          !1,
          _bnToBytes(key.e)
        )
      ]);
    };
    function _encodePkcs1_v1_5(m, key, bt) {
      var eb = forge3.util.createBuffer(), k = Math.ceil(key.n.bitLength() / 8);
      if (m.length > k - 11) {
        var error = new Error("Message is too long for PKCS#1 v1.5 padding.");
        throw error.length = m.length, error.max = k - 11, error;
      }
      eb.putByte(0), eb.putByte(bt);
      var padNum = k - 3 - m.length, padByte;
      if (bt === 0 || bt === 1) {
        padByte = bt === 0 ? 0 : 255;
        for (var i = 0; i < padNum; ++i)
          eb.putByte(padByte);
      } else
        for (; padNum > 0; ) {
          for (var numZeros = 0, padBytes = forge3.random.getBytes(padNum), i = 0; i < padNum; ++i)
            padByte = padBytes.charCodeAt(i), padByte === 0 ? ++numZeros : eb.putByte(padByte);
          padNum = numZeros;
        }
      return eb.putByte(0), eb.putBytes(m), eb;
    }
    function _decodePkcs1_v1_5(em, key, pub, ml, options) {
      var k = Math.ceil(key.n.bitLength() / 8), eb = forge3.util.createBuffer(em), first = eb.getByte(), bt = eb.getByte();
      if (first !== 0 || pub && bt !== 0 && bt !== 1 || !pub && bt !== 2 || pub && bt === 0 && typeof ml > "u")
        throw new Error("Encryption block is invalid.");
      var padNum = 0;
      if (bt === 0) {
        padNum = k - 3 - ml;
        for (var i = 0; i < padNum; ++i)
          if (eb.getByte() !== 0)
            throw new Error("Encryption block is invalid.");
      } else if (bt === 1) {
        for (padNum = 0; eb.length() > 1; ) {
          if (eb.getByte() !== 255) {
            --eb.read;
            break;
          }
          ++padNum;
        }
        if (padNum < 8 && !(options && options._skipPaddingChecks))
          throw new Error("Encryption block is invalid.");
      } else if (bt === 2) {
        for (padNum = 0; eb.length() > 1; ) {
          if (eb.getByte() === 0) {
            --eb.read;
            break;
          }
          ++padNum;
        }
        if (padNum < 8 && !(options && options._skipPaddingChecks))
          throw new Error("Encryption block is invalid.");
      }
      var zero = eb.getByte();
      if (zero !== 0 || padNum !== k - 3 - eb.length())
        throw new Error("Encryption block is invalid.");
      return eb.getBytes();
    }
    function _generateKeyPair(state, options, callback) {
      typeof options == "function" && (callback = options, options = {}), options = options || {};
      var opts = {
        algorithm: {
          name: options.algorithm || "PRIMEINC",
          options: {
            workers: options.workers || 2,
            workLoad: options.workLoad || 100,
            workerScript: options.workerScript
          }
        }
      };
      "prng" in options && (opts.prng = options.prng), generate();
      function generate() {
        getPrime(state.pBits, function(err, num) {
          if (err)
            return callback(err);
          if (state.p = num, state.q !== null)
            return finish(err, state.q);
          getPrime(state.qBits, finish);
        });
      }
      function getPrime(bits, callback2) {
        forge3.prime.generateProbablePrime(bits, opts, callback2);
      }
      function finish(err, num) {
        if (err)
          return callback(err);
        if (state.q = num, state.p.compareTo(state.q) < 0) {
          var tmp = state.p;
          state.p = state.q, state.q = tmp;
        }
        if (state.p.subtract(BigInteger.ONE).gcd(state.e).compareTo(BigInteger.ONE) !== 0) {
          state.p = null, generate();
          return;
        }
        if (state.q.subtract(BigInteger.ONE).gcd(state.e).compareTo(BigInteger.ONE) !== 0) {
          state.q = null, getPrime(state.qBits, finish);
          return;
        }
        if (state.p1 = state.p.subtract(BigInteger.ONE), state.q1 = state.q.subtract(BigInteger.ONE), state.phi = state.p1.multiply(state.q1), state.phi.gcd(state.e).compareTo(BigInteger.ONE) !== 0) {
          state.p = state.q = null, generate();
          return;
        }
        if (state.n = state.p.multiply(state.q), state.n.bitLength() !== state.bits) {
          state.q = null, getPrime(state.qBits, finish);
          return;
        }
        var d = state.e.modInverse(state.phi);
        state.keys = {
          privateKey: pki.rsa.setPrivateKey(
            state.n,
            state.e,
            d,
            state.p,
            state.q,
            d.mod(state.p1),
            d.mod(state.q1),
            state.q.modInverse(state.p)
          ),
          publicKey: pki.rsa.setPublicKey(state.n, state.e)
        }, callback(null, state.keys);
      }
    }
    function _bnToBytes(b) {
      var hex = b.toString(16);
      hex[0] >= "8" && (hex = "00" + hex);
      var bytes = forge3.util.hexToBytes(hex);
      return bytes.length > 1 && // leading 0x00 for positive integer
      (bytes.charCodeAt(0) === 0 && (bytes.charCodeAt(1) & 128) === 0 || // leading 0xFF for negative integer
      bytes.charCodeAt(0) === 255 && (bytes.charCodeAt(1) & 128) === 128) ? bytes.substr(1) : bytes;
    }
    function _getMillerRabinTests(bits) {
      return bits <= 100 ? 27 : bits <= 150 ? 18 : bits <= 200 ? 15 : bits <= 250 ? 12 : bits <= 300 ? 9 : bits <= 350 ? 8 : bits <= 400 ? 7 : bits <= 500 ? 6 : bits <= 600 ? 5 : bits <= 800 ? 4 : bits <= 1250 ? 3 : 2;
    }
    function _detectNodeCrypto(fn) {
      return forge3.util.isNodejs && typeof _crypto[fn] == "function";
    }
    function _detectSubtleCrypto(fn) {
      return typeof util.globalScope < "u" && typeof util.globalScope.crypto == "object" && typeof util.globalScope.crypto.subtle == "object" && typeof util.globalScope.crypto.subtle[fn] == "function";
    }
    function _detectSubtleMsCrypto(fn) {
      return typeof util.globalScope < "u" && typeof util.globalScope.msCrypto == "object" && typeof util.globalScope.msCrypto.subtle == "object" && typeof util.globalScope.msCrypto.subtle[fn] == "function";
    }
    function _intToUint8Array(x) {
      for (var bytes = forge3.util.hexToBytes(x.toString(16)), buffer = new Uint8Array(bytes.length), i = 0; i < bytes.length; ++i)
        buffer[i] = bytes.charCodeAt(i);
      return buffer;
    }
  }
});

// node_modules/node-forge/lib/pbe.js
var require_pbe = __commonJS({
  "node_modules/node-forge/lib/pbe.js"(exports, module) {
    var forge3 = require_forge();
    require_aes();
    require_asn1();
    require_des();
    require_md();
    require_oids();
    require_pbkdf2();
    require_pem();
    require_random();
    require_rc2();
    require_rsa();
    require_util();
    typeof BigInteger > "u" && (BigInteger = forge3.jsbn.BigInteger);
    var BigInteger, asn1 = forge3.asn1, pki = forge3.pki = forge3.pki || {};
    module.exports = pki.pbe = forge3.pbe = forge3.pbe || {};
    var oids = pki.oids, encryptedPrivateKeyValidator = {
      name: "EncryptedPrivateKeyInfo",
      tagClass: asn1.Class.UNIVERSAL,
      type: asn1.Type.SEQUENCE,
      constructed: !0,
      value: [{
        name: "EncryptedPrivateKeyInfo.encryptionAlgorithm",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.SEQUENCE,
        constructed: !0,
        value: [{
          name: "AlgorithmIdentifier.algorithm",
          tagClass: asn1.Class.UNIVERSAL,
          type: asn1.Type.OID,
          constructed: !1,
          capture: "encryptionOid"
        }, {
          name: "AlgorithmIdentifier.parameters",
          tagClass: asn1.Class.UNIVERSAL,
          type: asn1.Type.SEQUENCE,
          constructed: !0,
          captureAsn1: "encryptionParams"
        }]
      }, {
        // encryptedData
        name: "EncryptedPrivateKeyInfo.encryptedData",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.OCTETSTRING,
        constructed: !1,
        capture: "encryptedData"
      }]
    }, PBES2AlgorithmsValidator = {
      name: "PBES2Algorithms",
      tagClass: asn1.Class.UNIVERSAL,
      type: asn1.Type.SEQUENCE,
      constructed: !0,
      value: [{
        name: "PBES2Algorithms.keyDerivationFunc",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.SEQUENCE,
        constructed: !0,
        value: [{
          name: "PBES2Algorithms.keyDerivationFunc.oid",
          tagClass: asn1.Class.UNIVERSAL,
          type: asn1.Type.OID,
          constructed: !1,
          capture: "kdfOid"
        }, {
          name: "PBES2Algorithms.params",
          tagClass: asn1.Class.UNIVERSAL,
          type: asn1.Type.SEQUENCE,
          constructed: !0,
          value: [{
            name: "PBES2Algorithms.params.salt",
            tagClass: asn1.Class.UNIVERSAL,
            type: asn1.Type.OCTETSTRING,
            constructed: !1,
            capture: "kdfSalt"
          }, {
            name: "PBES2Algorithms.params.iterationCount",
            tagClass: asn1.Class.UNIVERSAL,
            type: asn1.Type.INTEGER,
            constructed: !1,
            capture: "kdfIterationCount"
          }, {
            name: "PBES2Algorithms.params.keyLength",
            tagClass: asn1.Class.UNIVERSAL,
            type: asn1.Type.INTEGER,
            constructed: !1,
            optional: !0,
            capture: "keyLength"
          }, {
            // prf
            name: "PBES2Algorithms.params.prf",
            tagClass: asn1.Class.UNIVERSAL,
            type: asn1.Type.SEQUENCE,
            constructed: !0,
            optional: !0,
            value: [{
              name: "PBES2Algorithms.params.prf.algorithm",
              tagClass: asn1.Class.UNIVERSAL,
              type: asn1.Type.OID,
              constructed: !1,
              capture: "prfOid"
            }]
          }]
        }]
      }, {
        name: "PBES2Algorithms.encryptionScheme",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.SEQUENCE,
        constructed: !0,
        value: [{
          name: "PBES2Algorithms.encryptionScheme.oid",
          tagClass: asn1.Class.UNIVERSAL,
          type: asn1.Type.OID,
          constructed: !1,
          capture: "encOid"
        }, {
          name: "PBES2Algorithms.encryptionScheme.iv",
          tagClass: asn1.Class.UNIVERSAL,
          type: asn1.Type.OCTETSTRING,
          constructed: !1,
          capture: "encIv"
        }]
      }]
    }, pkcs12PbeParamsValidator = {
      name: "pkcs-12PbeParams",
      tagClass: asn1.Class.UNIVERSAL,
      type: asn1.Type.SEQUENCE,
      constructed: !0,
      value: [{
        name: "pkcs-12PbeParams.salt",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.OCTETSTRING,
        constructed: !1,
        capture: "salt"
      }, {
        name: "pkcs-12PbeParams.iterations",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.INTEGER,
        constructed: !1,
        capture: "iterations"
      }]
    };
    pki.encryptPrivateKeyInfo = function(obj, password, options) {
      options = options || {}, options.saltSize = options.saltSize || 8, options.count = options.count || 2048, options.algorithm = options.algorithm || "aes128", options.prfAlgorithm = options.prfAlgorithm || "sha1";
      var salt = forge3.random.getBytesSync(options.saltSize), count = options.count, countBytes = asn1.integerToDer(count), dkLen, encryptionAlgorithm, encryptedData;
      if (options.algorithm.indexOf("aes") === 0 || options.algorithm === "des") {
        var ivLen, encOid, cipherFn;
        switch (options.algorithm) {
          case "aes128":
            dkLen = 16, ivLen = 16, encOid = oids["aes128-CBC"], cipherFn = forge3.aes.createEncryptionCipher;
            break;
          case "aes192":
            dkLen = 24, ivLen = 16, encOid = oids["aes192-CBC"], cipherFn = forge3.aes.createEncryptionCipher;
            break;
          case "aes256":
            dkLen = 32, ivLen = 16, encOid = oids["aes256-CBC"], cipherFn = forge3.aes.createEncryptionCipher;
            break;
          case "des":
            dkLen = 8, ivLen = 8, encOid = oids.desCBC, cipherFn = forge3.des.createEncryptionCipher;
            break;
          default:
            var error = new Error("Cannot encrypt private key. Unknown encryption algorithm.");
            throw error.algorithm = options.algorithm, error;
        }
        var prfAlgorithm = "hmacWith" + options.prfAlgorithm.toUpperCase(), md = prfAlgorithmToMessageDigest(prfAlgorithm), dk = forge3.pkcs5.pbkdf2(password, salt, count, dkLen, md), iv = forge3.random.getBytesSync(ivLen), cipher = cipherFn(dk);
        cipher.start(iv), cipher.update(asn1.toDer(obj)), cipher.finish(), encryptedData = cipher.output.getBytes();
        var params = createPbkdf2Params(salt, countBytes, dkLen, prfAlgorithm);
        encryptionAlgorithm = asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.SEQUENCE,
          !0,
          [
            asn1.create(
              asn1.Class.UNIVERSAL,
              asn1.Type.OID,
              !1,
              asn1.oidToDer(oids.pkcs5PBES2).getBytes()
            ),
            asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
              // keyDerivationFunc
              asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
                asn1.create(
                  asn1.Class.UNIVERSAL,
                  asn1.Type.OID,
                  !1,
                  asn1.oidToDer(oids.pkcs5PBKDF2).getBytes()
                ),
                // PBKDF2-params
                params
              ]),
              // encryptionScheme
              asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
                asn1.create(
                  asn1.Class.UNIVERSAL,
                  asn1.Type.OID,
                  !1,
                  asn1.oidToDer(encOid).getBytes()
                ),
                // iv
                asn1.create(
                  asn1.Class.UNIVERSAL,
                  asn1.Type.OCTETSTRING,
                  !1,
                  iv
                )
              ])
            ])
          ]
        );
      } else if (options.algorithm === "3des") {
        dkLen = 24;
        var saltBytes = new forge3.util.ByteBuffer(salt), dk = pki.pbe.generatePkcs12Key(password, saltBytes, 1, count, dkLen), iv = pki.pbe.generatePkcs12Key(password, saltBytes, 2, count, dkLen), cipher = forge3.des.createEncryptionCipher(dk);
        cipher.start(iv), cipher.update(asn1.toDer(obj)), cipher.finish(), encryptedData = cipher.output.getBytes(), encryptionAlgorithm = asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.SEQUENCE,
          !0,
          [
            asn1.create(
              asn1.Class.UNIVERSAL,
              asn1.Type.OID,
              !1,
              asn1.oidToDer(oids["pbeWithSHAAnd3-KeyTripleDES-CBC"]).getBytes()
            ),
            // pkcs-12PbeParams
            asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
              // salt
              asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, !1, salt),
              // iteration count
              asn1.create(
                asn1.Class.UNIVERSAL,
                asn1.Type.INTEGER,
                !1,
                countBytes.getBytes()
              )
            ])
          ]
        );
      } else {
        var error = new Error("Cannot encrypt private key. Unknown encryption algorithm.");
        throw error.algorithm = options.algorithm, error;
      }
      var rval = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
        // encryptionAlgorithm
        encryptionAlgorithm,
        // encryptedData
        asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.OCTETSTRING,
          !1,
          encryptedData
        )
      ]);
      return rval;
    };
    pki.decryptPrivateKeyInfo = function(obj, password) {
      var rval = null, capture = {}, errors = [];
      if (!asn1.validate(obj, encryptedPrivateKeyValidator, capture, errors)) {
        var error = new Error("Cannot read encrypted private key. ASN.1 object is not a supported EncryptedPrivateKeyInfo.");
        throw error.errors = errors, error;
      }
      var oid = asn1.derToOid(capture.encryptionOid), cipher = pki.pbe.getCipher(oid, capture.encryptionParams, password), encrypted = forge3.util.createBuffer(capture.encryptedData);
      return cipher.update(encrypted), cipher.finish() && (rval = asn1.fromDer(cipher.output)), rval;
    };
    pki.encryptedPrivateKeyToPem = function(epki, maxline) {
      var msg = {
        type: "ENCRYPTED PRIVATE KEY",
        body: asn1.toDer(epki).getBytes()
      };
      return forge3.pem.encode(msg, { maxline });
    };
    pki.encryptedPrivateKeyFromPem = function(pem) {
      var msg = forge3.pem.decode(pem)[0];
      if (msg.type !== "ENCRYPTED PRIVATE KEY") {
        var error = new Error('Could not convert encrypted private key from PEM; PEM header type is "ENCRYPTED PRIVATE KEY".');
        throw error.headerType = msg.type, error;
      }
      if (msg.procType && msg.procType.type === "ENCRYPTED")
        throw new Error("Could not convert encrypted private key from PEM; PEM is encrypted.");
      return asn1.fromDer(msg.body);
    };
    pki.encryptRsaPrivateKey = function(rsaKey, password, options) {
      if (options = options || {}, !options.legacy) {
        var rval = pki.wrapRsaPrivateKey(pki.privateKeyToAsn1(rsaKey));
        return rval = pki.encryptPrivateKeyInfo(rval, password, options), pki.encryptedPrivateKeyToPem(rval);
      }
      var algorithm, iv, dkLen, cipherFn;
      switch (options.algorithm) {
        case "aes128":
          algorithm = "AES-128-CBC", dkLen = 16, iv = forge3.random.getBytesSync(16), cipherFn = forge3.aes.createEncryptionCipher;
          break;
        case "aes192":
          algorithm = "AES-192-CBC", dkLen = 24, iv = forge3.random.getBytesSync(16), cipherFn = forge3.aes.createEncryptionCipher;
          break;
        case "aes256":
          algorithm = "AES-256-CBC", dkLen = 32, iv = forge3.random.getBytesSync(16), cipherFn = forge3.aes.createEncryptionCipher;
          break;
        case "3des":
          algorithm = "DES-EDE3-CBC", dkLen = 24, iv = forge3.random.getBytesSync(8), cipherFn = forge3.des.createEncryptionCipher;
          break;
        case "des":
          algorithm = "DES-CBC", dkLen = 8, iv = forge3.random.getBytesSync(8), cipherFn = forge3.des.createEncryptionCipher;
          break;
        default:
          var error = new Error('Could not encrypt RSA private key; unsupported encryption algorithm "' + options.algorithm + '".');
          throw error.algorithm = options.algorithm, error;
      }
      var dk = forge3.pbe.opensslDeriveBytes(password, iv.substr(0, 8), dkLen), cipher = cipherFn(dk);
      cipher.start(iv), cipher.update(asn1.toDer(pki.privateKeyToAsn1(rsaKey))), cipher.finish();
      var msg = {
        type: "RSA PRIVATE KEY",
        procType: {
          version: "4",
          type: "ENCRYPTED"
        },
        dekInfo: {
          algorithm,
          parameters: forge3.util.bytesToHex(iv).toUpperCase()
        },
        body: cipher.output.getBytes()
      };
      return forge3.pem.encode(msg);
    };
    pki.decryptRsaPrivateKey = function(pem, password) {
      var rval = null, msg = forge3.pem.decode(pem)[0];
      if (msg.type !== "ENCRYPTED PRIVATE KEY" && msg.type !== "PRIVATE KEY" && msg.type !== "RSA PRIVATE KEY") {
        var error = new Error('Could not convert private key from PEM; PEM header type is not "ENCRYPTED PRIVATE KEY", "PRIVATE KEY", or "RSA PRIVATE KEY".');
        throw error.headerType = error, error;
      }
      if (msg.procType && msg.procType.type === "ENCRYPTED") {
        var dkLen, cipherFn;
        switch (msg.dekInfo.algorithm) {
          case "DES-CBC":
            dkLen = 8, cipherFn = forge3.des.createDecryptionCipher;
            break;
          case "DES-EDE3-CBC":
            dkLen = 24, cipherFn = forge3.des.createDecryptionCipher;
            break;
          case "AES-128-CBC":
            dkLen = 16, cipherFn = forge3.aes.createDecryptionCipher;
            break;
          case "AES-192-CBC":
            dkLen = 24, cipherFn = forge3.aes.createDecryptionCipher;
            break;
          case "AES-256-CBC":
            dkLen = 32, cipherFn = forge3.aes.createDecryptionCipher;
            break;
          case "RC2-40-CBC":
            dkLen = 5, cipherFn = function(key) {
              return forge3.rc2.createDecryptionCipher(key, 40);
            };
            break;
          case "RC2-64-CBC":
            dkLen = 8, cipherFn = function(key) {
              return forge3.rc2.createDecryptionCipher(key, 64);
            };
            break;
          case "RC2-128-CBC":
            dkLen = 16, cipherFn = function(key) {
              return forge3.rc2.createDecryptionCipher(key, 128);
            };
            break;
          default:
            var error = new Error('Could not decrypt private key; unsupported encryption algorithm "' + msg.dekInfo.algorithm + '".');
            throw error.algorithm = msg.dekInfo.algorithm, error;
        }
        var iv = forge3.util.hexToBytes(msg.dekInfo.parameters), dk = forge3.pbe.opensslDeriveBytes(password, iv.substr(0, 8), dkLen), cipher = cipherFn(dk);
        if (cipher.start(iv), cipher.update(forge3.util.createBuffer(msg.body)), cipher.finish())
          rval = cipher.output.getBytes();
        else
          return rval;
      } else
        rval = msg.body;
      return msg.type === "ENCRYPTED PRIVATE KEY" ? rval = pki.decryptPrivateKeyInfo(asn1.fromDer(rval), password) : rval = asn1.fromDer(rval), rval !== null && (rval = pki.privateKeyFromAsn1(rval)), rval;
    };
    pki.pbe.generatePkcs12Key = function(password, salt, id, iter, n, md) {
      var j, l;
      if (!(iter >= 1))
        throw new Error("PKCS#12 key derivation iteration count must be >= 1.");
      if (typeof md > "u" || md === null) {
        if (!("sha1" in forge3.md))
          throw new Error('"sha1" hash algorithm unavailable.');
        md = forge3.md.sha1.create();
      }
      var u = md.digestLength, v = md.blockLength, result = new forge3.util.ByteBuffer(), passBuf = new forge3.util.ByteBuffer();
      if (password != null) {
        for (l = 0; l < password.length; l++)
          passBuf.putInt16(password.charCodeAt(l));
        passBuf.putInt16(0);
      }
      var p = passBuf.length(), s = salt.length(), D = new forge3.util.ByteBuffer();
      D.fillWithByte(id, v);
      var Slen = v * Math.ceil(s / v), S = new forge3.util.ByteBuffer();
      for (l = 0; l < Slen; l++)
        S.putByte(salt.at(l % s));
      var Plen = v * Math.ceil(p / v), P = new forge3.util.ByteBuffer();
      for (l = 0; l < Plen; l++)
        P.putByte(passBuf.at(l % p));
      var I = S;
      I.putBuffer(P);
      for (var c = Math.ceil(n / u), i = 1; i <= c; i++) {
        var buf = new forge3.util.ByteBuffer();
        buf.putBytes(D.bytes()), buf.putBytes(I.bytes());
        for (var round = 0; round < iter; round++)
          md.start(), md.update(buf.getBytes()), buf = md.digest();
        var B = new forge3.util.ByteBuffer();
        for (l = 0; l < v; l++)
          B.putByte(buf.at(l % u));
        var k = Math.ceil(s / v) + Math.ceil(p / v), Inew = new forge3.util.ByteBuffer();
        for (j = 0; j < k; j++) {
          var chunk = new forge3.util.ByteBuffer(I.getBytes(v)), x = 511;
          for (l = B.length() - 1; l >= 0; l--)
            x = x >> 8, x += B.at(l) + chunk.at(l), chunk.setAt(l, x & 255);
          Inew.putBuffer(chunk);
        }
        I = Inew, result.putBuffer(buf);
      }
      return result.truncate(result.length() - n), result;
    };
    pki.pbe.getCipher = function(oid, params, password) {
      switch (oid) {
        case pki.oids.pkcs5PBES2:
          return pki.pbe.getCipherForPBES2(oid, params, password);
        case pki.oids["pbeWithSHAAnd3-KeyTripleDES-CBC"]:
        case pki.oids["pbewithSHAAnd40BitRC2-CBC"]:
          return pki.pbe.getCipherForPKCS12PBE(oid, params, password);
        default:
          var error = new Error("Cannot read encrypted PBE data block. Unsupported OID.");
          throw error.oid = oid, error.supportedOids = [
            "pkcs5PBES2",
            "pbeWithSHAAnd3-KeyTripleDES-CBC",
            "pbewithSHAAnd40BitRC2-CBC"
          ], error;
      }
    };
    pki.pbe.getCipherForPBES2 = function(oid, params, password) {
      var capture = {}, errors = [];
      if (!asn1.validate(params, PBES2AlgorithmsValidator, capture, errors)) {
        var error = new Error("Cannot read password-based-encryption algorithm parameters. ASN.1 object is not a supported EncryptedPrivateKeyInfo.");
        throw error.errors = errors, error;
      }
      if (oid = asn1.derToOid(capture.kdfOid), oid !== pki.oids.pkcs5PBKDF2) {
        var error = new Error("Cannot read encrypted private key. Unsupported key derivation function OID.");
        throw error.oid = oid, error.supportedOids = ["pkcs5PBKDF2"], error;
      }
      if (oid = asn1.derToOid(capture.encOid), oid !== pki.oids["aes128-CBC"] && oid !== pki.oids["aes192-CBC"] && oid !== pki.oids["aes256-CBC"] && oid !== pki.oids["des-EDE3-CBC"] && oid !== pki.oids.desCBC) {
        var error = new Error("Cannot read encrypted private key. Unsupported encryption scheme OID.");
        throw error.oid = oid, error.supportedOids = [
          "aes128-CBC",
          "aes192-CBC",
          "aes256-CBC",
          "des-EDE3-CBC",
          "desCBC"
        ], error;
      }
      var salt = capture.kdfSalt, count = forge3.util.createBuffer(capture.kdfIterationCount);
      count = count.getInt(count.length() << 3);
      var dkLen, cipherFn;
      switch (pki.oids[oid]) {
        case "aes128-CBC":
          dkLen = 16, cipherFn = forge3.aes.createDecryptionCipher;
          break;
        case "aes192-CBC":
          dkLen = 24, cipherFn = forge3.aes.createDecryptionCipher;
          break;
        case "aes256-CBC":
          dkLen = 32, cipherFn = forge3.aes.createDecryptionCipher;
          break;
        case "des-EDE3-CBC":
          dkLen = 24, cipherFn = forge3.des.createDecryptionCipher;
          break;
        case "desCBC":
          dkLen = 8, cipherFn = forge3.des.createDecryptionCipher;
          break;
      }
      var md = prfOidToMessageDigest(capture.prfOid), dk = forge3.pkcs5.pbkdf2(password, salt, count, dkLen, md), iv = capture.encIv, cipher = cipherFn(dk);
      return cipher.start(iv), cipher;
    };
    pki.pbe.getCipherForPKCS12PBE = function(oid, params, password) {
      var capture = {}, errors = [];
      if (!asn1.validate(params, pkcs12PbeParamsValidator, capture, errors)) {
        var error = new Error("Cannot read password-based-encryption algorithm parameters. ASN.1 object is not a supported EncryptedPrivateKeyInfo.");
        throw error.errors = errors, error;
      }
      var salt = forge3.util.createBuffer(capture.salt), count = forge3.util.createBuffer(capture.iterations);
      count = count.getInt(count.length() << 3);
      var dkLen, dIvLen, cipherFn;
      switch (oid) {
        case pki.oids["pbeWithSHAAnd3-KeyTripleDES-CBC"]:
          dkLen = 24, dIvLen = 8, cipherFn = forge3.des.startDecrypting;
          break;
        case pki.oids["pbewithSHAAnd40BitRC2-CBC"]:
          dkLen = 5, dIvLen = 8, cipherFn = function(key2, iv2) {
            var cipher = forge3.rc2.createDecryptionCipher(key2, 40);
            return cipher.start(iv2, null), cipher;
          };
          break;
        default:
          var error = new Error("Cannot read PKCS #12 PBE data block. Unsupported OID.");
          throw error.oid = oid, error;
      }
      var md = prfOidToMessageDigest(capture.prfOid), key = pki.pbe.generatePkcs12Key(password, salt, 1, count, dkLen, md);
      md.start();
      var iv = pki.pbe.generatePkcs12Key(password, salt, 2, count, dIvLen, md);
      return cipherFn(key, iv);
    };
    pki.pbe.opensslDeriveBytes = function(password, salt, dkLen, md) {
      if (typeof md > "u" || md === null) {
        if (!("md5" in forge3.md))
          throw new Error('"md5" hash algorithm unavailable.');
        md = forge3.md.md5.create();
      }
      salt === null && (salt = "");
      for (var digests = [hash(md, password + salt)], length = 16, i = 1; length < dkLen; ++i, length += 16)
        digests.push(hash(md, digests[i - 1] + password + salt));
      return digests.join("").substr(0, dkLen);
    };
    function hash(md, bytes) {
      return md.start().update(bytes).digest().getBytes();
    }
    function prfOidToMessageDigest(prfOid) {
      var prfAlgorithm;
      if (!prfOid)
        prfAlgorithm = "hmacWithSHA1";
      else if (prfAlgorithm = pki.oids[asn1.derToOid(prfOid)], !prfAlgorithm) {
        var error = new Error("Unsupported PRF OID.");
        throw error.oid = prfOid, error.supported = [
          "hmacWithSHA1",
          "hmacWithSHA224",
          "hmacWithSHA256",
          "hmacWithSHA384",
          "hmacWithSHA512"
        ], error;
      }
      return prfAlgorithmToMessageDigest(prfAlgorithm);
    }
    function prfAlgorithmToMessageDigest(prfAlgorithm) {
      var factory = forge3.md;
      switch (prfAlgorithm) {
        case "hmacWithSHA224":
          factory = forge3.md.sha512;
        case "hmacWithSHA1":
        case "hmacWithSHA256":
        case "hmacWithSHA384":
        case "hmacWithSHA512":
          prfAlgorithm = prfAlgorithm.substr(8).toLowerCase();
          break;
        default:
          var error = new Error("Unsupported PRF algorithm.");
          throw error.algorithm = prfAlgorithm, error.supported = [
            "hmacWithSHA1",
            "hmacWithSHA224",
            "hmacWithSHA256",
            "hmacWithSHA384",
            "hmacWithSHA512"
          ], error;
      }
      if (!factory || !(prfAlgorithm in factory))
        throw new Error("Unknown hash algorithm: " + prfAlgorithm);
      return factory[prfAlgorithm].create();
    }
    function createPbkdf2Params(salt, countBytes, dkLen, prfAlgorithm) {
      var params = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
        // salt
        asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.OCTETSTRING,
          !1,
          salt
        ),
        // iteration count
        asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.INTEGER,
          !1,
          countBytes.getBytes()
        )
      ]);
      return prfAlgorithm !== "hmacWithSHA1" && params.value.push(
        // key length
        asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.INTEGER,
          !1,
          forge3.util.hexToBytes(dkLen.toString(16))
        ),
        // AlgorithmIdentifier
        asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
          // algorithm
          asn1.create(
            asn1.Class.UNIVERSAL,
            asn1.Type.OID,
            !1,
            asn1.oidToDer(pki.oids[prfAlgorithm]).getBytes()
          ),
          // parameters (null)
          asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, !1, "")
        ])
      ), params;
    }
  }
});

// node_modules/node-forge/lib/pkcs7asn1.js
var require_pkcs7asn1 = __commonJS({
  "node_modules/node-forge/lib/pkcs7asn1.js"(exports, module) {
    var forge3 = require_forge();
    require_asn1();
    require_util();
    var asn1 = forge3.asn1, p7v = module.exports = forge3.pkcs7asn1 = forge3.pkcs7asn1 || {};
    forge3.pkcs7 = forge3.pkcs7 || {};
    forge3.pkcs7.asn1 = p7v;
    var contentInfoValidator = {
      name: "ContentInfo",
      tagClass: asn1.Class.UNIVERSAL,
      type: asn1.Type.SEQUENCE,
      constructed: !0,
      value: [{
        name: "ContentInfo.ContentType",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.OID,
        constructed: !1,
        capture: "contentType"
      }, {
        name: "ContentInfo.content",
        tagClass: asn1.Class.CONTEXT_SPECIFIC,
        type: 0,
        constructed: !0,
        optional: !0,
        captureAsn1: "content"
      }]
    };
    p7v.contentInfoValidator = contentInfoValidator;
    var encryptedContentInfoValidator = {
      name: "EncryptedContentInfo",
      tagClass: asn1.Class.UNIVERSAL,
      type: asn1.Type.SEQUENCE,
      constructed: !0,
      value: [{
        name: "EncryptedContentInfo.contentType",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.OID,
        constructed: !1,
        capture: "contentType"
      }, {
        name: "EncryptedContentInfo.contentEncryptionAlgorithm",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.SEQUENCE,
        constructed: !0,
        value: [{
          name: "EncryptedContentInfo.contentEncryptionAlgorithm.algorithm",
          tagClass: asn1.Class.UNIVERSAL,
          type: asn1.Type.OID,
          constructed: !1,
          capture: "encAlgorithm"
        }, {
          name: "EncryptedContentInfo.contentEncryptionAlgorithm.parameter",
          tagClass: asn1.Class.UNIVERSAL,
          captureAsn1: "encParameter"
        }]
      }, {
        name: "EncryptedContentInfo.encryptedContent",
        tagClass: asn1.Class.CONTEXT_SPECIFIC,
        type: 0,
        /* The PKCS#7 structure output by OpenSSL somewhat differs from what
         * other implementations do generate.
         *
         * OpenSSL generates a structure like this:
         * SEQUENCE {
         *    ...
         *    [0]
         *       26 DA 67 D2 17 9C 45 3C B1 2A A8 59 2F 29 33 38
         *       C3 C3 DF 86 71 74 7A 19 9F 40 D0 29 BE 85 90 45
         *       ...
         * }
         *
         * Whereas other implementations (and this PKCS#7 module) generate:
         * SEQUENCE {
         *    ...
         *    [0] {
         *       OCTET STRING
         *          26 DA 67 D2 17 9C 45 3C B1 2A A8 59 2F 29 33 38
         *          C3 C3 DF 86 71 74 7A 19 9F 40 D0 29 BE 85 90 45
         *          ...
         *    }
         * }
         *
         * In order to support both, we just capture the context specific
         * field here.  The OCTET STRING bit is removed below.
         */
        capture: "encryptedContent",
        captureAsn1: "encryptedContentAsn1"
      }]
    };
    p7v.envelopedDataValidator = {
      name: "EnvelopedData",
      tagClass: asn1.Class.UNIVERSAL,
      type: asn1.Type.SEQUENCE,
      constructed: !0,
      value: [{
        name: "EnvelopedData.Version",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.INTEGER,
        constructed: !1,
        capture: "version"
      }, {
        name: "EnvelopedData.RecipientInfos",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.SET,
        constructed: !0,
        captureAsn1: "recipientInfos"
      }].concat(encryptedContentInfoValidator)
    };
    p7v.encryptedDataValidator = {
      name: "EncryptedData",
      tagClass: asn1.Class.UNIVERSAL,
      type: asn1.Type.SEQUENCE,
      constructed: !0,
      value: [{
        name: "EncryptedData.Version",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.INTEGER,
        constructed: !1,
        capture: "version"
      }].concat(encryptedContentInfoValidator)
    };
    var signerValidator = {
      name: "SignerInfo",
      tagClass: asn1.Class.UNIVERSAL,
      type: asn1.Type.SEQUENCE,
      constructed: !0,
      value: [{
        name: "SignerInfo.version",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.INTEGER,
        constructed: !1
      }, {
        name: "SignerInfo.issuerAndSerialNumber",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.SEQUENCE,
        constructed: !0,
        value: [{
          name: "SignerInfo.issuerAndSerialNumber.issuer",
          tagClass: asn1.Class.UNIVERSAL,
          type: asn1.Type.SEQUENCE,
          constructed: !0,
          captureAsn1: "issuer"
        }, {
          name: "SignerInfo.issuerAndSerialNumber.serialNumber",
          tagClass: asn1.Class.UNIVERSAL,
          type: asn1.Type.INTEGER,
          constructed: !1,
          capture: "serial"
        }]
      }, {
        name: "SignerInfo.digestAlgorithm",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.SEQUENCE,
        constructed: !0,
        value: [{
          name: "SignerInfo.digestAlgorithm.algorithm",
          tagClass: asn1.Class.UNIVERSAL,
          type: asn1.Type.OID,
          constructed: !1,
          capture: "digestAlgorithm"
        }, {
          name: "SignerInfo.digestAlgorithm.parameter",
          tagClass: asn1.Class.UNIVERSAL,
          constructed: !1,
          captureAsn1: "digestParameter",
          optional: !0
        }]
      }, {
        name: "SignerInfo.authenticatedAttributes",
        tagClass: asn1.Class.CONTEXT_SPECIFIC,
        type: 0,
        constructed: !0,
        optional: !0,
        capture: "authenticatedAttributes"
      }, {
        name: "SignerInfo.digestEncryptionAlgorithm",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.SEQUENCE,
        constructed: !0,
        capture: "signatureAlgorithm"
      }, {
        name: "SignerInfo.encryptedDigest",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.OCTETSTRING,
        constructed: !1,
        capture: "signature"
      }, {
        name: "SignerInfo.unauthenticatedAttributes",
        tagClass: asn1.Class.CONTEXT_SPECIFIC,
        type: 1,
        constructed: !0,
        optional: !0,
        capture: "unauthenticatedAttributes"
      }]
    };
    p7v.signedDataValidator = {
      name: "SignedData",
      tagClass: asn1.Class.UNIVERSAL,
      type: asn1.Type.SEQUENCE,
      constructed: !0,
      value: [
        {
          name: "SignedData.Version",
          tagClass: asn1.Class.UNIVERSAL,
          type: asn1.Type.INTEGER,
          constructed: !1,
          capture: "version"
        },
        {
          name: "SignedData.DigestAlgorithms",
          tagClass: asn1.Class.UNIVERSAL,
          type: asn1.Type.SET,
          constructed: !0,
          captureAsn1: "digestAlgorithms"
        },
        contentInfoValidator,
        {
          name: "SignedData.Certificates",
          tagClass: asn1.Class.CONTEXT_SPECIFIC,
          type: 0,
          optional: !0,
          captureAsn1: "certificates"
        },
        {
          name: "SignedData.CertificateRevocationLists",
          tagClass: asn1.Class.CONTEXT_SPECIFIC,
          type: 1,
          optional: !0,
          captureAsn1: "crls"
        },
        {
          name: "SignedData.SignerInfos",
          tagClass: asn1.Class.UNIVERSAL,
          type: asn1.Type.SET,
          capture: "signerInfos",
          optional: !0,
          value: [signerValidator]
        }
      ]
    };
    p7v.recipientInfoValidator = {
      name: "RecipientInfo",
      tagClass: asn1.Class.UNIVERSAL,
      type: asn1.Type.SEQUENCE,
      constructed: !0,
      value: [{
        name: "RecipientInfo.version",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.INTEGER,
        constructed: !1,
        capture: "version"
      }, {
        name: "RecipientInfo.issuerAndSerial",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.SEQUENCE,
        constructed: !0,
        value: [{
          name: "RecipientInfo.issuerAndSerial.issuer",
          tagClass: asn1.Class.UNIVERSAL,
          type: asn1.Type.SEQUENCE,
          constructed: !0,
          captureAsn1: "issuer"
        }, {
          name: "RecipientInfo.issuerAndSerial.serialNumber",
          tagClass: asn1.Class.UNIVERSAL,
          type: asn1.Type.INTEGER,
          constructed: !1,
          capture: "serial"
        }]
      }, {
        name: "RecipientInfo.keyEncryptionAlgorithm",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.SEQUENCE,
        constructed: !0,
        value: [{
          name: "RecipientInfo.keyEncryptionAlgorithm.algorithm",
          tagClass: asn1.Class.UNIVERSAL,
          type: asn1.Type.OID,
          constructed: !1,
          capture: "encAlgorithm"
        }, {
          name: "RecipientInfo.keyEncryptionAlgorithm.parameter",
          tagClass: asn1.Class.UNIVERSAL,
          constructed: !1,
          captureAsn1: "encParameter",
          optional: !0
        }]
      }, {
        name: "RecipientInfo.encryptedKey",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.OCTETSTRING,
        constructed: !1,
        capture: "encKey"
      }]
    };
  }
});

// node_modules/node-forge/lib/mgf1.js
var require_mgf1 = __commonJS({
  "node_modules/node-forge/lib/mgf1.js"(exports, module) {
    var forge3 = require_forge();
    require_util();
    forge3.mgf = forge3.mgf || {};
    var mgf1 = module.exports = forge3.mgf.mgf1 = forge3.mgf1 = forge3.mgf1 || {};
    mgf1.create = function(md) {
      var mgf = {
        /**
         * Generate mask of specified length.
         *
         * @param {String} seed The seed for mask generation.
         * @param maskLen Number of bytes to generate.
         * @return {String} The generated mask.
         */
        generate: function(seed, maskLen) {
          for (var t = new forge3.util.ByteBuffer(), len = Math.ceil(maskLen / md.digestLength), i = 0; i < len; i++) {
            var c = new forge3.util.ByteBuffer();
            c.putInt32(i), md.start(), md.update(seed + c.getBytes()), t.putBuffer(md.digest());
          }
          return t.truncate(t.length() - maskLen), t.getBytes();
        }
      };
      return mgf;
    };
  }
});

// node_modules/node-forge/lib/mgf.js
var require_mgf = __commonJS({
  "node_modules/node-forge/lib/mgf.js"(exports, module) {
    var forge3 = require_forge();
    require_mgf1();
    module.exports = forge3.mgf = forge3.mgf || {};
    forge3.mgf.mgf1 = forge3.mgf1;
  }
});

// node_modules/node-forge/lib/pss.js
var require_pss = __commonJS({
  "node_modules/node-forge/lib/pss.js"(exports, module) {
    var forge3 = require_forge();
    require_random();
    require_util();
    var pss = module.exports = forge3.pss = forge3.pss || {};
    pss.create = function(options) {
      arguments.length === 3 && (options = {
        md: arguments[0],
        mgf: arguments[1],
        saltLength: arguments[2]
      });
      var hash = options.md, mgf = options.mgf, hLen = hash.digestLength, salt_ = options.salt || null;
      typeof salt_ == "string" && (salt_ = forge3.util.createBuffer(salt_));
      var sLen;
      if ("saltLength" in options)
        sLen = options.saltLength;
      else if (salt_ !== null)
        sLen = salt_.length();
      else
        throw new Error("Salt length not specified or specific salt not given.");
      if (salt_ !== null && salt_.length() !== sLen)
        throw new Error("Given salt length does not match length of given salt.");
      var prng = options.prng || forge3.random, pssobj = {};
      return pssobj.encode = function(md, modBits) {
        var i, emBits = modBits - 1, emLen = Math.ceil(emBits / 8), mHash = md.digest().getBytes();
        if (emLen < hLen + sLen + 2)
          throw new Error("Message is too long to encrypt.");
        var salt;
        salt_ === null ? salt = prng.getBytesSync(sLen) : salt = salt_.bytes();
        var m_ = new forge3.util.ByteBuffer();
        m_.fillWithByte(0, 8), m_.putBytes(mHash), m_.putBytes(salt), hash.start(), hash.update(m_.getBytes());
        var h = hash.digest().getBytes(), ps = new forge3.util.ByteBuffer();
        ps.fillWithByte(0, emLen - sLen - hLen - 2), ps.putByte(1), ps.putBytes(salt);
        var db = ps.getBytes(), maskLen = emLen - hLen - 1, dbMask = mgf.generate(h, maskLen), maskedDB = "";
        for (i = 0; i < maskLen; i++)
          maskedDB += String.fromCharCode(db.charCodeAt(i) ^ dbMask.charCodeAt(i));
        var mask = 65280 >> 8 * emLen - emBits & 255;
        return maskedDB = String.fromCharCode(maskedDB.charCodeAt(0) & ~mask) + maskedDB.substr(1), maskedDB + h + "\xBC";
      }, pssobj.verify = function(mHash, em, modBits) {
        var i, emBits = modBits - 1, emLen = Math.ceil(emBits / 8);
        if (em = em.substr(-emLen), emLen < hLen + sLen + 2)
          throw new Error("Inconsistent parameters to PSS signature verification.");
        if (em.charCodeAt(emLen - 1) !== 188)
          throw new Error("Encoded message does not end in 0xBC.");
        var maskLen = emLen - hLen - 1, maskedDB = em.substr(0, maskLen), h = em.substr(maskLen, hLen), mask = 65280 >> 8 * emLen - emBits & 255;
        if ((maskedDB.charCodeAt(0) & mask) !== 0)
          throw new Error("Bits beyond keysize not zero as expected.");
        var dbMask = mgf.generate(h, maskLen), db = "";
        for (i = 0; i < maskLen; i++)
          db += String.fromCharCode(maskedDB.charCodeAt(i) ^ dbMask.charCodeAt(i));
        db = String.fromCharCode(db.charCodeAt(0) & ~mask) + db.substr(1);
        var checkLen = emLen - hLen - sLen - 2;
        for (i = 0; i < checkLen; i++)
          if (db.charCodeAt(i) !== 0)
            throw new Error("Leftmost octets not zero as expected");
        if (db.charCodeAt(checkLen) !== 1)
          throw new Error("Inconsistent PSS signature, 0x01 marker not found");
        var salt = db.substr(-sLen), m_ = new forge3.util.ByteBuffer();
        m_.fillWithByte(0, 8), m_.putBytes(mHash), m_.putBytes(salt), hash.start(), hash.update(m_.getBytes());
        var h_ = hash.digest().getBytes();
        return h === h_;
      }, pssobj;
    };
  }
});

// node_modules/node-forge/lib/x509.js
var require_x509 = __commonJS({
  "node_modules/node-forge/lib/x509.js"(exports, module) {
    var forge3 = require_forge();
    require_aes();
    require_asn1();
    require_des();
    require_md();
    require_mgf();
    require_oids();
    require_pem();
    require_pss();
    require_rsa();
    require_util();
    var asn1 = forge3.asn1, pki = module.exports = forge3.pki = forge3.pki || {}, oids = pki.oids, _shortNames = {};
    _shortNames.CN = oids.commonName;
    _shortNames.commonName = "CN";
    _shortNames.C = oids.countryName;
    _shortNames.countryName = "C";
    _shortNames.L = oids.localityName;
    _shortNames.localityName = "L";
    _shortNames.ST = oids.stateOrProvinceName;
    _shortNames.stateOrProvinceName = "ST";
    _shortNames.O = oids.organizationName;
    _shortNames.organizationName = "O";
    _shortNames.OU = oids.organizationalUnitName;
    _shortNames.organizationalUnitName = "OU";
    _shortNames.E = oids.emailAddress;
    _shortNames.emailAddress = "E";
    var publicKeyValidator = forge3.pki.rsa.publicKeyValidator, x509CertificateValidator = {
      name: "Certificate",
      tagClass: asn1.Class.UNIVERSAL,
      type: asn1.Type.SEQUENCE,
      constructed: !0,
      value: [{
        name: "Certificate.TBSCertificate",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.SEQUENCE,
        constructed: !0,
        captureAsn1: "tbsCertificate",
        value: [
          {
            name: "Certificate.TBSCertificate.version",
            tagClass: asn1.Class.CONTEXT_SPECIFIC,
            type: 0,
            constructed: !0,
            optional: !0,
            value: [{
              name: "Certificate.TBSCertificate.version.integer",
              tagClass: asn1.Class.UNIVERSAL,
              type: asn1.Type.INTEGER,
              constructed: !1,
              capture: "certVersion"
            }]
          },
          {
            name: "Certificate.TBSCertificate.serialNumber",
            tagClass: asn1.Class.UNIVERSAL,
            type: asn1.Type.INTEGER,
            constructed: !1,
            capture: "certSerialNumber"
          },
          {
            name: "Certificate.TBSCertificate.signature",
            tagClass: asn1.Class.UNIVERSAL,
            type: asn1.Type.SEQUENCE,
            constructed: !0,
            value: [{
              name: "Certificate.TBSCertificate.signature.algorithm",
              tagClass: asn1.Class.UNIVERSAL,
              type: asn1.Type.OID,
              constructed: !1,
              capture: "certinfoSignatureOid"
            }, {
              name: "Certificate.TBSCertificate.signature.parameters",
              tagClass: asn1.Class.UNIVERSAL,
              optional: !0,
              captureAsn1: "certinfoSignatureParams"
            }]
          },
          {
            name: "Certificate.TBSCertificate.issuer",
            tagClass: asn1.Class.UNIVERSAL,
            type: asn1.Type.SEQUENCE,
            constructed: !0,
            captureAsn1: "certIssuer"
          },
          {
            name: "Certificate.TBSCertificate.validity",
            tagClass: asn1.Class.UNIVERSAL,
            type: asn1.Type.SEQUENCE,
            constructed: !0,
            // Note: UTC and generalized times may both appear so the capture
            // names are based on their detected order, the names used below
            // are only for the common case, which validity time really means
            // "notBefore" and which means "notAfter" will be determined by order
            value: [{
              // notBefore (Time) (UTC time case)
              name: "Certificate.TBSCertificate.validity.notBefore (utc)",
              tagClass: asn1.Class.UNIVERSAL,
              type: asn1.Type.UTCTIME,
              constructed: !1,
              optional: !0,
              capture: "certValidity1UTCTime"
            }, {
              // notBefore (Time) (generalized time case)
              name: "Certificate.TBSCertificate.validity.notBefore (generalized)",
              tagClass: asn1.Class.UNIVERSAL,
              type: asn1.Type.GENERALIZEDTIME,
              constructed: !1,
              optional: !0,
              capture: "certValidity2GeneralizedTime"
            }, {
              // notAfter (Time) (only UTC time is supported)
              name: "Certificate.TBSCertificate.validity.notAfter (utc)",
              tagClass: asn1.Class.UNIVERSAL,
              type: asn1.Type.UTCTIME,
              constructed: !1,
              optional: !0,
              capture: "certValidity3UTCTime"
            }, {
              // notAfter (Time) (only UTC time is supported)
              name: "Certificate.TBSCertificate.validity.notAfter (generalized)",
              tagClass: asn1.Class.UNIVERSAL,
              type: asn1.Type.GENERALIZEDTIME,
              constructed: !1,
              optional: !0,
              capture: "certValidity4GeneralizedTime"
            }]
          },
          {
            // Name (subject) (RDNSequence)
            name: "Certificate.TBSCertificate.subject",
            tagClass: asn1.Class.UNIVERSAL,
            type: asn1.Type.SEQUENCE,
            constructed: !0,
            captureAsn1: "certSubject"
          },
          // SubjectPublicKeyInfo
          publicKeyValidator,
          {
            // issuerUniqueID (optional)
            name: "Certificate.TBSCertificate.issuerUniqueID",
            tagClass: asn1.Class.CONTEXT_SPECIFIC,
            type: 1,
            constructed: !0,
            optional: !0,
            value: [{
              name: "Certificate.TBSCertificate.issuerUniqueID.id",
              tagClass: asn1.Class.UNIVERSAL,
              type: asn1.Type.BITSTRING,
              constructed: !1,
              // TODO: support arbitrary bit length ids
              captureBitStringValue: "certIssuerUniqueId"
            }]
          },
          {
            // subjectUniqueID (optional)
            name: "Certificate.TBSCertificate.subjectUniqueID",
            tagClass: asn1.Class.CONTEXT_SPECIFIC,
            type: 2,
            constructed: !0,
            optional: !0,
            value: [{
              name: "Certificate.TBSCertificate.subjectUniqueID.id",
              tagClass: asn1.Class.UNIVERSAL,
              type: asn1.Type.BITSTRING,
              constructed: !1,
              // TODO: support arbitrary bit length ids
              captureBitStringValue: "certSubjectUniqueId"
            }]
          },
          {
            // Extensions (optional)
            name: "Certificate.TBSCertificate.extensions",
            tagClass: asn1.Class.CONTEXT_SPECIFIC,
            type: 3,
            constructed: !0,
            captureAsn1: "certExtensions",
            optional: !0
          }
        ]
      }, {
        // AlgorithmIdentifier (signature algorithm)
        name: "Certificate.signatureAlgorithm",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.SEQUENCE,
        constructed: !0,
        value: [{
          // algorithm
          name: "Certificate.signatureAlgorithm.algorithm",
          tagClass: asn1.Class.UNIVERSAL,
          type: asn1.Type.OID,
          constructed: !1,
          capture: "certSignatureOid"
        }, {
          name: "Certificate.TBSCertificate.signature.parameters",
          tagClass: asn1.Class.UNIVERSAL,
          optional: !0,
          captureAsn1: "certSignatureParams"
        }]
      }, {
        // SignatureValue
        name: "Certificate.signatureValue",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.BITSTRING,
        constructed: !1,
        captureBitStringValue: "certSignature"
      }]
    }, rsassaPssParameterValidator = {
      name: "rsapss",
      tagClass: asn1.Class.UNIVERSAL,
      type: asn1.Type.SEQUENCE,
      constructed: !0,
      value: [{
        name: "rsapss.hashAlgorithm",
        tagClass: asn1.Class.CONTEXT_SPECIFIC,
        type: 0,
        constructed: !0,
        value: [{
          name: "rsapss.hashAlgorithm.AlgorithmIdentifier",
          tagClass: asn1.Class.UNIVERSAL,
          type: asn1.Class.SEQUENCE,
          constructed: !0,
          optional: !0,
          value: [{
            name: "rsapss.hashAlgorithm.AlgorithmIdentifier.algorithm",
            tagClass: asn1.Class.UNIVERSAL,
            type: asn1.Type.OID,
            constructed: !1,
            capture: "hashOid"
            /* parameter block omitted, for SHA1 NULL anyhow. */
          }]
        }]
      }, {
        name: "rsapss.maskGenAlgorithm",
        tagClass: asn1.Class.CONTEXT_SPECIFIC,
        type: 1,
        constructed: !0,
        value: [{
          name: "rsapss.maskGenAlgorithm.AlgorithmIdentifier",
          tagClass: asn1.Class.UNIVERSAL,
          type: asn1.Class.SEQUENCE,
          constructed: !0,
          optional: !0,
          value: [{
            name: "rsapss.maskGenAlgorithm.AlgorithmIdentifier.algorithm",
            tagClass: asn1.Class.UNIVERSAL,
            type: asn1.Type.OID,
            constructed: !1,
            capture: "maskGenOid"
          }, {
            name: "rsapss.maskGenAlgorithm.AlgorithmIdentifier.params",
            tagClass: asn1.Class.UNIVERSAL,
            type: asn1.Type.SEQUENCE,
            constructed: !0,
            value: [{
              name: "rsapss.maskGenAlgorithm.AlgorithmIdentifier.params.algorithm",
              tagClass: asn1.Class.UNIVERSAL,
              type: asn1.Type.OID,
              constructed: !1,
              capture: "maskGenHashOid"
              /* parameter block omitted, for SHA1 NULL anyhow. */
            }]
          }]
        }]
      }, {
        name: "rsapss.saltLength",
        tagClass: asn1.Class.CONTEXT_SPECIFIC,
        type: 2,
        optional: !0,
        value: [{
          name: "rsapss.saltLength.saltLength",
          tagClass: asn1.Class.UNIVERSAL,
          type: asn1.Class.INTEGER,
          constructed: !1,
          capture: "saltLength"
        }]
      }, {
        name: "rsapss.trailerField",
        tagClass: asn1.Class.CONTEXT_SPECIFIC,
        type: 3,
        optional: !0,
        value: [{
          name: "rsapss.trailer.trailer",
          tagClass: asn1.Class.UNIVERSAL,
          type: asn1.Class.INTEGER,
          constructed: !1,
          capture: "trailer"
        }]
      }]
    }, certificationRequestInfoValidator = {
      name: "CertificationRequestInfo",
      tagClass: asn1.Class.UNIVERSAL,
      type: asn1.Type.SEQUENCE,
      constructed: !0,
      captureAsn1: "certificationRequestInfo",
      value: [
        {
          name: "CertificationRequestInfo.integer",
          tagClass: asn1.Class.UNIVERSAL,
          type: asn1.Type.INTEGER,
          constructed: !1,
          capture: "certificationRequestInfoVersion"
        },
        {
          // Name (subject) (RDNSequence)
          name: "CertificationRequestInfo.subject",
          tagClass: asn1.Class.UNIVERSAL,
          type: asn1.Type.SEQUENCE,
          constructed: !0,
          captureAsn1: "certificationRequestInfoSubject"
        },
        // SubjectPublicKeyInfo
        publicKeyValidator,
        {
          name: "CertificationRequestInfo.attributes",
          tagClass: asn1.Class.CONTEXT_SPECIFIC,
          type: 0,
          constructed: !0,
          optional: !0,
          capture: "certificationRequestInfoAttributes",
          value: [{
            name: "CertificationRequestInfo.attributes",
            tagClass: asn1.Class.UNIVERSAL,
            type: asn1.Type.SEQUENCE,
            constructed: !0,
            value: [{
              name: "CertificationRequestInfo.attributes.type",
              tagClass: asn1.Class.UNIVERSAL,
              type: asn1.Type.OID,
              constructed: !1
            }, {
              name: "CertificationRequestInfo.attributes.value",
              tagClass: asn1.Class.UNIVERSAL,
              type: asn1.Type.SET,
              constructed: !0
            }]
          }]
        }
      ]
    }, certificationRequestValidator = {
      name: "CertificationRequest",
      tagClass: asn1.Class.UNIVERSAL,
      type: asn1.Type.SEQUENCE,
      constructed: !0,
      captureAsn1: "csr",
      value: [
        certificationRequestInfoValidator,
        {
          // AlgorithmIdentifier (signature algorithm)
          name: "CertificationRequest.signatureAlgorithm",
          tagClass: asn1.Class.UNIVERSAL,
          type: asn1.Type.SEQUENCE,
          constructed: !0,
          value: [{
            // algorithm
            name: "CertificationRequest.signatureAlgorithm.algorithm",
            tagClass: asn1.Class.UNIVERSAL,
            type: asn1.Type.OID,
            constructed: !1,
            capture: "csrSignatureOid"
          }, {
            name: "CertificationRequest.signatureAlgorithm.parameters",
            tagClass: asn1.Class.UNIVERSAL,
            optional: !0,
            captureAsn1: "csrSignatureParams"
          }]
        },
        {
          // signature
          name: "CertificationRequest.signature",
          tagClass: asn1.Class.UNIVERSAL,
          type: asn1.Type.BITSTRING,
          constructed: !1,
          captureBitStringValue: "csrSignature"
        }
      ]
    };
    pki.RDNAttributesAsArray = function(rdn, md) {
      for (var rval = [], set, attr, obj, si = 0; si < rdn.value.length; ++si) {
        set = rdn.value[si];
        for (var i = 0; i < set.value.length; ++i)
          obj = {}, attr = set.value[i], obj.type = asn1.derToOid(attr.value[0].value), obj.value = attr.value[1].value, obj.valueTagClass = attr.value[1].type, obj.type in oids && (obj.name = oids[obj.type], obj.name in _shortNames && (obj.shortName = _shortNames[obj.name])), md && (md.update(obj.type), md.update(obj.value)), rval.push(obj);
      }
      return rval;
    };
    pki.CRIAttributesAsArray = function(attributes2) {
      for (var rval = [], si = 0; si < attributes2.length; ++si)
        for (var seq = attributes2[si], type = asn1.derToOid(seq.value[0].value), values = seq.value[1].value, vi = 0; vi < values.length; ++vi) {
          var obj = {};
          if (obj.type = type, obj.value = values[vi].value, obj.valueTagClass = values[vi].type, obj.type in oids && (obj.name = oids[obj.type], obj.name in _shortNames && (obj.shortName = _shortNames[obj.name])), obj.type === oids.extensionRequest) {
            obj.extensions = [];
            for (var ei = 0; ei < obj.value.length; ++ei)
              obj.extensions.push(pki.certificateExtensionFromAsn1(obj.value[ei]));
          }
          rval.push(obj);
        }
      return rval;
    };
    function _getAttribute(obj, options) {
      typeof options == "string" && (options = { shortName: options });
      for (var rval = null, attr, i = 0; rval === null && i < obj.attributes.length; ++i)
        attr = obj.attributes[i], (options.type && options.type === attr.type || options.name && options.name === attr.name || options.shortName && options.shortName === attr.shortName) && (rval = attr);
      return rval;
    }
    var _readSignatureParameters = function(oid, obj, fillDefaults) {
      var params = {};
      if (oid !== oids["RSASSA-PSS"])
        return params;
      fillDefaults && (params = {
        hash: {
          algorithmOid: oids.sha1
        },
        mgf: {
          algorithmOid: oids.mgf1,
          hash: {
            algorithmOid: oids.sha1
          }
        },
        saltLength: 20
      });
      var capture = {}, errors = [];
      if (!asn1.validate(obj, rsassaPssParameterValidator, capture, errors)) {
        var error = new Error("Cannot read RSASSA-PSS parameter block.");
        throw error.errors = errors, error;
      }
      return capture.hashOid !== void 0 && (params.hash = params.hash || {}, params.hash.algorithmOid = asn1.derToOid(capture.hashOid)), capture.maskGenOid !== void 0 && (params.mgf = params.mgf || {}, params.mgf.algorithmOid = asn1.derToOid(capture.maskGenOid), params.mgf.hash = params.mgf.hash || {}, params.mgf.hash.algorithmOid = asn1.derToOid(capture.maskGenHashOid)), capture.saltLength !== void 0 && (params.saltLength = capture.saltLength.charCodeAt(0)), params;
    }, _createSignatureDigest = function(options) {
      switch (oids[options.signatureOid]) {
        case "sha1WithRSAEncryption":
        // deprecated alias
        case "sha1WithRSASignature":
          return forge3.md.sha1.create();
        case "md5WithRSAEncryption":
          return forge3.md.md5.create();
        case "sha256WithRSAEncryption":
          return forge3.md.sha256.create();
        case "sha384WithRSAEncryption":
          return forge3.md.sha384.create();
        case "sha512WithRSAEncryption":
          return forge3.md.sha512.create();
        case "RSASSA-PSS":
          return forge3.md.sha256.create();
        default:
          var error = new Error(
            "Could not compute " + options.type + " digest. Unknown signature OID."
          );
          throw error.signatureOid = options.signatureOid, error;
      }
    }, _verifySignature = function(options) {
      var cert = options.certificate, publicKey = options.publicKey || cert.publicKey, scheme;
      switch (cert.signatureOid) {
        case oids.sha1WithRSAEncryption:
        // deprecated alias
        case oids.sha1WithRSASignature:
          break;
        case oids["RSASSA-PSS"]:
          var hash, mgf;
          if (hash = oids[cert.signatureParameters.mgf.hash.algorithmOid], hash === void 0 || forge3.md[hash] === void 0) {
            var error = new Error("Unsupported MGF hash function.");
            throw error.oid = cert.signatureParameters.mgf.hash.algorithmOid, error.name = hash, error;
          }
          if (mgf = oids[cert.signatureParameters.mgf.algorithmOid], mgf === void 0 || forge3.mgf[mgf] === void 0) {
            var error = new Error("Unsupported MGF function.");
            throw error.oid = cert.signatureParameters.mgf.algorithmOid, error.name = mgf, error;
          }
          if (mgf = forge3.mgf[mgf].create(forge3.md[hash].create()), hash = oids[cert.signatureParameters.hash.algorithmOid], hash === void 0 || forge3.md[hash] === void 0) {
            var error = new Error("Unsupported RSASSA-PSS hash function.");
            throw error.oid = cert.signatureParameters.hash.algorithmOid, error.name = hash, error;
          }
          scheme = forge3.pss.create(
            forge3.md[hash].create(),
            mgf,
            cert.signatureParameters.saltLength
          );
          break;
      }
      return publicKey.verify(
        options.md.digest().getBytes(),
        options.signature,
        scheme
      );
    };
    pki.certificateFromPem = function(pem, computeHash, strict) {
      var msg = forge3.pem.decode(pem)[0];
      if (msg.type !== "CERTIFICATE" && msg.type !== "X509 CERTIFICATE" && msg.type !== "TRUSTED CERTIFICATE") {
        var error = new Error(
          'Could not convert certificate from PEM; PEM header type is not "CERTIFICATE", "X509 CERTIFICATE", or "TRUSTED CERTIFICATE".'
        );
        throw error.headerType = msg.type, error;
      }
      if (msg.procType && msg.procType.type === "ENCRYPTED")
        throw new Error(
          "Could not convert certificate from PEM; PEM is encrypted."
        );
      var obj = asn1.fromDer(msg.body, strict);
      return pki.certificateFromAsn1(obj, computeHash);
    };
    pki.certificateToPem = function(cert, maxline) {
      var msg = {
        type: "CERTIFICATE",
        body: asn1.toDer(pki.certificateToAsn1(cert)).getBytes()
      };
      return forge3.pem.encode(msg, { maxline });
    };
    pki.publicKeyFromPem = function(pem) {
      var msg = forge3.pem.decode(pem)[0];
      if (msg.type !== "PUBLIC KEY" && msg.type !== "RSA PUBLIC KEY") {
        var error = new Error('Could not convert public key from PEM; PEM header type is not "PUBLIC KEY" or "RSA PUBLIC KEY".');
        throw error.headerType = msg.type, error;
      }
      if (msg.procType && msg.procType.type === "ENCRYPTED")
        throw new Error("Could not convert public key from PEM; PEM is encrypted.");
      var obj = asn1.fromDer(msg.body);
      return pki.publicKeyFromAsn1(obj);
    };
    pki.publicKeyToPem = function(key, maxline) {
      var msg = {
        type: "PUBLIC KEY",
        body: asn1.toDer(pki.publicKeyToAsn1(key)).getBytes()
      };
      return forge3.pem.encode(msg, { maxline });
    };
    pki.publicKeyToRSAPublicKeyPem = function(key, maxline) {
      var msg = {
        type: "RSA PUBLIC KEY",
        body: asn1.toDer(pki.publicKeyToRSAPublicKey(key)).getBytes()
      };
      return forge3.pem.encode(msg, { maxline });
    };
    pki.getPublicKeyFingerprint = function(key, options) {
      options = options || {};
      var md = options.md || forge3.md.sha1.create(), type = options.type || "RSAPublicKey", bytes;
      switch (type) {
        case "RSAPublicKey":
          bytes = asn1.toDer(pki.publicKeyToRSAPublicKey(key)).getBytes();
          break;
        case "SubjectPublicKeyInfo":
          bytes = asn1.toDer(pki.publicKeyToAsn1(key)).getBytes();
          break;
        default:
          throw new Error('Unknown fingerprint type "' + options.type + '".');
      }
      md.start(), md.update(bytes);
      var digest = md.digest();
      if (options.encoding === "hex") {
        var hex = digest.toHex();
        return options.delimiter ? hex.match(/.{2}/g).join(options.delimiter) : hex;
      } else {
        if (options.encoding === "binary")
          return digest.getBytes();
        if (options.encoding)
          throw new Error('Unknown encoding "' + options.encoding + '".');
      }
      return digest;
    };
    pki.certificationRequestFromPem = function(pem, computeHash, strict) {
      var msg = forge3.pem.decode(pem)[0];
      if (msg.type !== "CERTIFICATE REQUEST") {
        var error = new Error('Could not convert certification request from PEM; PEM header type is not "CERTIFICATE REQUEST".');
        throw error.headerType = msg.type, error;
      }
      if (msg.procType && msg.procType.type === "ENCRYPTED")
        throw new Error("Could not convert certification request from PEM; PEM is encrypted.");
      var obj = asn1.fromDer(msg.body, strict);
      return pki.certificationRequestFromAsn1(obj, computeHash);
    };
    pki.certificationRequestToPem = function(csr, maxline) {
      var msg = {
        type: "CERTIFICATE REQUEST",
        body: asn1.toDer(pki.certificationRequestToAsn1(csr)).getBytes()
      };
      return forge3.pem.encode(msg, { maxline });
    };
    pki.createCertificate = function() {
      var cert = {};
      return cert.version = 2, cert.serialNumber = "00", cert.signatureOid = null, cert.signature = null, cert.siginfo = {}, cert.siginfo.algorithmOid = null, cert.validity = {}, cert.validity.notBefore = /* @__PURE__ */ new Date(), cert.validity.notAfter = /* @__PURE__ */ new Date(), cert.issuer = {}, cert.issuer.getField = function(sn) {
        return _getAttribute(cert.issuer, sn);
      }, cert.issuer.addField = function(attr) {
        _fillMissingFields([attr]), cert.issuer.attributes.push(attr);
      }, cert.issuer.attributes = [], cert.issuer.hash = null, cert.subject = {}, cert.subject.getField = function(sn) {
        return _getAttribute(cert.subject, sn);
      }, cert.subject.addField = function(attr) {
        _fillMissingFields([attr]), cert.subject.attributes.push(attr);
      }, cert.subject.attributes = [], cert.subject.hash = null, cert.extensions = [], cert.publicKey = null, cert.md = null, cert.setSubject = function(attrs, uniqueId) {
        _fillMissingFields(attrs), cert.subject.attributes = attrs, delete cert.subject.uniqueId, uniqueId && (cert.subject.uniqueId = uniqueId), cert.subject.hash = null;
      }, cert.setIssuer = function(attrs, uniqueId) {
        _fillMissingFields(attrs), cert.issuer.attributes = attrs, delete cert.issuer.uniqueId, uniqueId && (cert.issuer.uniqueId = uniqueId), cert.issuer.hash = null;
      }, cert.setExtensions = function(exts) {
        for (var i = 0; i < exts.length; ++i)
          _fillMissingExtensionFields(exts[i], { cert });
        cert.extensions = exts;
      }, cert.getExtension = function(options) {
        typeof options == "string" && (options = { name: options });
        for (var rval = null, ext, i = 0; rval === null && i < cert.extensions.length; ++i)
          ext = cert.extensions[i], (options.id && ext.id === options.id || options.name && ext.name === options.name) && (rval = ext);
        return rval;
      }, cert.sign = function(key, md) {
        cert.md = md || forge3.md.sha1.create();
        var algorithmOid = oids[cert.md.algorithm + "WithRSAEncryption"];
        if (!algorithmOid) {
          var error = new Error("Could not compute certificate digest. Unknown message digest algorithm OID.");
          throw error.algorithm = cert.md.algorithm, error;
        }
        cert.signatureOid = cert.siginfo.algorithmOid = algorithmOid, cert.tbsCertificate = pki.getTBSCertificate(cert);
        var bytes = asn1.toDer(cert.tbsCertificate);
        cert.md.update(bytes.getBytes()), cert.signature = key.sign(cert.md);
      }, cert.verify = function(child) {
        var rval = !1;
        if (!cert.issued(child)) {
          var issuer = child.issuer, subject = cert.subject, error = new Error(
            "The parent certificate did not issue the given child certificate; the child certificate's issuer does not match the parent's subject."
          );
          throw error.expectedIssuer = subject.attributes, error.actualIssuer = issuer.attributes, error;
        }
        var md = child.md;
        if (md === null) {
          md = _createSignatureDigest({
            signatureOid: child.signatureOid,
            type: "certificate"
          });
          var tbsCertificate = child.tbsCertificate || pki.getTBSCertificate(child), bytes = asn1.toDer(tbsCertificate);
          md.update(bytes.getBytes());
        }
        return md !== null && (rval = _verifySignature({
          certificate: child,
          publicKey: cert.publicKey,
          md,
          signature: child.signature
        })), rval;
      }, cert.isIssuer = function(parent) {
        var rval = !1, i = cert.issuer, s = parent.subject;
        if (i.hash && s.hash)
          rval = i.hash === s.hash;
        else if (i.attributes.length === s.attributes.length) {
          rval = !0;
          for (var iattr, sattr, n = 0; rval && n < i.attributes.length; ++n)
            iattr = i.attributes[n], sattr = s.attributes[n], (iattr.type !== sattr.type || iattr.value !== sattr.value) && (rval = !1);
        }
        return rval;
      }, cert.issued = function(child) {
        return child.isIssuer(cert);
      }, cert.generateSubjectKeyIdentifier = function() {
        return pki.getPublicKeyFingerprint(cert.publicKey, { type: "RSAPublicKey" });
      }, cert.verifySubjectKeyIdentifier = function() {
        for (var oid = oids.subjectKeyIdentifier, i = 0; i < cert.extensions.length; ++i) {
          var ext = cert.extensions[i];
          if (ext.id === oid) {
            var ski = cert.generateSubjectKeyIdentifier().getBytes();
            return forge3.util.hexToBytes(ext.subjectKeyIdentifier) === ski;
          }
        }
        return !1;
      }, cert;
    };
    pki.certificateFromAsn1 = function(obj, computeHash) {
      var capture = {}, errors = [];
      if (!asn1.validate(obj, x509CertificateValidator, capture, errors)) {
        var error = new Error("Cannot read X.509 certificate. ASN.1 object is not an X509v3 Certificate.");
        throw error.errors = errors, error;
      }
      var oid = asn1.derToOid(capture.publicKeyOid);
      if (oid !== pki.oids.rsaEncryption)
        throw new Error("Cannot read public key. OID is not RSA.");
      var cert = pki.createCertificate();
      cert.version = capture.certVersion ? capture.certVersion.charCodeAt(0) : 0;
      var serial = forge3.util.createBuffer(capture.certSerialNumber);
      cert.serialNumber = serial.toHex(), cert.signatureOid = forge3.asn1.derToOid(capture.certSignatureOid), cert.signatureParameters = _readSignatureParameters(
        cert.signatureOid,
        capture.certSignatureParams,
        !0
      ), cert.siginfo.algorithmOid = forge3.asn1.derToOid(capture.certinfoSignatureOid), cert.siginfo.parameters = _readSignatureParameters(
        cert.siginfo.algorithmOid,
        capture.certinfoSignatureParams,
        !1
      ), cert.signature = capture.certSignature;
      var validity = [];
      if (capture.certValidity1UTCTime !== void 0 && validity.push(asn1.utcTimeToDate(capture.certValidity1UTCTime)), capture.certValidity2GeneralizedTime !== void 0 && validity.push(asn1.generalizedTimeToDate(
        capture.certValidity2GeneralizedTime
      )), capture.certValidity3UTCTime !== void 0 && validity.push(asn1.utcTimeToDate(capture.certValidity3UTCTime)), capture.certValidity4GeneralizedTime !== void 0 && validity.push(asn1.generalizedTimeToDate(
        capture.certValidity4GeneralizedTime
      )), validity.length > 2)
        throw new Error("Cannot read notBefore/notAfter validity times; more than two times were provided in the certificate.");
      if (validity.length < 2)
        throw new Error("Cannot read notBefore/notAfter validity times; they were not provided as either UTCTime or GeneralizedTime.");
      if (cert.validity.notBefore = validity[0], cert.validity.notAfter = validity[1], cert.tbsCertificate = capture.tbsCertificate, computeHash) {
        cert.md = _createSignatureDigest({
          signatureOid: cert.signatureOid,
          type: "certificate"
        });
        var bytes = asn1.toDer(cert.tbsCertificate);
        cert.md.update(bytes.getBytes());
      }
      var imd = forge3.md.sha1.create(), ibytes = asn1.toDer(capture.certIssuer);
      imd.update(ibytes.getBytes()), cert.issuer.getField = function(sn) {
        return _getAttribute(cert.issuer, sn);
      }, cert.issuer.addField = function(attr) {
        _fillMissingFields([attr]), cert.issuer.attributes.push(attr);
      }, cert.issuer.attributes = pki.RDNAttributesAsArray(capture.certIssuer), capture.certIssuerUniqueId && (cert.issuer.uniqueId = capture.certIssuerUniqueId), cert.issuer.hash = imd.digest().toHex();
      var smd = forge3.md.sha1.create(), sbytes = asn1.toDer(capture.certSubject);
      return smd.update(sbytes.getBytes()), cert.subject.getField = function(sn) {
        return _getAttribute(cert.subject, sn);
      }, cert.subject.addField = function(attr) {
        _fillMissingFields([attr]), cert.subject.attributes.push(attr);
      }, cert.subject.attributes = pki.RDNAttributesAsArray(capture.certSubject), capture.certSubjectUniqueId && (cert.subject.uniqueId = capture.certSubjectUniqueId), cert.subject.hash = smd.digest().toHex(), capture.certExtensions ? cert.extensions = pki.certificateExtensionsFromAsn1(capture.certExtensions) : cert.extensions = [], cert.publicKey = pki.publicKeyFromAsn1(capture.subjectPublicKeyInfo), cert;
    };
    pki.certificateExtensionsFromAsn1 = function(exts) {
      for (var rval = [], i = 0; i < exts.value.length; ++i)
        for (var extseq = exts.value[i], ei = 0; ei < extseq.value.length; ++ei)
          rval.push(pki.certificateExtensionFromAsn1(extseq.value[ei]));
      return rval;
    };
    pki.certificateExtensionFromAsn1 = function(ext) {
      var e = {};
      if (e.id = asn1.derToOid(ext.value[0].value), e.critical = !1, ext.value[1].type === asn1.Type.BOOLEAN ? (e.critical = ext.value[1].value.charCodeAt(0) !== 0, e.value = ext.value[2].value) : e.value = ext.value[1].value, e.id in oids) {
        if (e.name = oids[e.id], e.name === "keyUsage") {
          var ev = asn1.fromDer(e.value), b2 = 0, b3 = 0;
          ev.value.length > 1 && (b2 = ev.value.charCodeAt(1), b3 = ev.value.length > 2 ? ev.value.charCodeAt(2) : 0), e.digitalSignature = (b2 & 128) === 128, e.nonRepudiation = (b2 & 64) === 64, e.keyEncipherment = (b2 & 32) === 32, e.dataEncipherment = (b2 & 16) === 16, e.keyAgreement = (b2 & 8) === 8, e.keyCertSign = (b2 & 4) === 4, e.cRLSign = (b2 & 2) === 2, e.encipherOnly = (b2 & 1) === 1, e.decipherOnly = (b3 & 128) === 128;
        } else if (e.name === "basicConstraints") {
          var ev = asn1.fromDer(e.value);
          ev.value.length > 0 && ev.value[0].type === asn1.Type.BOOLEAN ? e.cA = ev.value[0].value.charCodeAt(0) !== 0 : e.cA = !1;
          var value = null;
          ev.value.length > 0 && ev.value[0].type === asn1.Type.INTEGER ? value = ev.value[0].value : ev.value.length > 1 && (value = ev.value[1].value), value !== null && (e.pathLenConstraint = asn1.derToInteger(value));
        } else if (e.name === "extKeyUsage")
          for (var ev = asn1.fromDer(e.value), vi = 0; vi < ev.value.length; ++vi) {
            var oid = asn1.derToOid(ev.value[vi].value);
            oid in oids ? e[oids[oid]] = !0 : e[oid] = !0;
          }
        else if (e.name === "nsCertType") {
          var ev = asn1.fromDer(e.value), b2 = 0;
          ev.value.length > 1 && (b2 = ev.value.charCodeAt(1)), e.client = (b2 & 128) === 128, e.server = (b2 & 64) === 64, e.email = (b2 & 32) === 32, e.objsign = (b2 & 16) === 16, e.reserved = (b2 & 8) === 8, e.sslCA = (b2 & 4) === 4, e.emailCA = (b2 & 2) === 2, e.objCA = (b2 & 1) === 1;
        } else if (e.name === "subjectAltName" || e.name === "issuerAltName") {
          e.altNames = [];
          for (var gn, ev = asn1.fromDer(e.value), n = 0; n < ev.value.length; ++n) {
            gn = ev.value[n];
            var altName = {
              type: gn.type,
              value: gn.value
            };
            switch (e.altNames.push(altName), gn.type) {
              // rfc822Name
              case 1:
              // dNSName
              case 2:
              // uniformResourceIdentifier (URI)
              case 6:
                break;
              // IPAddress
              case 7:
                altName.ip = forge3.util.bytesToIP(gn.value);
                break;
              // registeredID
              case 8:
                altName.oid = asn1.derToOid(gn.value);
                break;
              default:
            }
          }
        } else if (e.name === "nameConstraints" && e.id === "2.5.29.30")
          try {
            var nc = _readNameConstraints(asn1.fromDer(e.value));
            e.permittedSubtrees = nc.permittedSubtrees, e.excludedSubtrees = nc.excludedSubtrees, e.unsupportedSubtreeRange = nc.unsupportedSubtreeRange;
          } catch {
          }
        else if (e.name === "subjectKeyIdentifier") {
          var ev = asn1.fromDer(e.value);
          e.subjectKeyIdentifier = forge3.util.bytesToHex(ev.value);
        }
      }
      return e;
    };
    function _readNameConstraints(ev) {
      var rval = {
        permittedSubtrees: [],
        excludedSubtrees: [],
        unsupportedSubtreeRange: !1
      };
      if (ev.tagClass !== asn1.Class.UNIVERSAL || ev.type !== asn1.Type.SEQUENCE || !forge3.util.isArray(ev.value))
        throw new Error("Invalid nameConstraints extension.");
      for (var i = 0; i < ev.value.length; ++i) {
        var trees = ev.value[i], list;
        if (trees.tagClass === asn1.Class.CONTEXT_SPECIFIC && trees.type === 0)
          list = rval.permittedSubtrees;
        else if (trees.tagClass === asn1.Class.CONTEXT_SPECIFIC && trees.type === 1)
          list = rval.excludedSubtrees;
        else
          throw new Error("Invalid nameConstraints extension.");
        if (!forge3.util.isArray(trees.value))
          throw new Error("Invalid nameConstraints extension.");
        for (var n = 0; n < trees.value.length; ++n) {
          var subtree = trees.value[n];
          if (subtree.type !== asn1.Type.SEQUENCE || !forge3.util.isArray(subtree.value) || subtree.value.length === 0 || subtree.value[0].tagClass !== asn1.Class.CONTEXT_SPECIFIC)
            throw new Error("Invalid nameConstraints extension.");
          var gn = subtree.value[0], base = {
            type: gn.type,
            value: gn.value
          };
          gn.type === 4 && forge3.util.isArray(gn.value) && gn.value.length === 1 && gn.value[0].type === asn1.Type.SEQUENCE && forge3.util.isArray(gn.value[0].value) && (base.attributes = pki.RDNAttributesAsArray(gn.value[0]));
          for (var m = 1; m < subtree.value.length; ++m) {
            var bd = subtree.value[m];
            if (bd.tagClass === asn1.Class.CONTEXT_SPECIFIC && bd.type === 0)
              base.minimum = asn1.derToInteger(bd.value), base.minimum !== 0 && (rval.unsupportedSubtreeRange = !0);
            else if (bd.tagClass === asn1.Class.CONTEXT_SPECIFIC && bd.type === 1)
              base.maximum = asn1.derToInteger(bd.value), rval.unsupportedSubtreeRange = !0;
            else
              throw new Error("Invalid nameConstraints extension.");
          }
          list.push(base);
        }
      }
      return rval;
    }
    pki.certificationRequestFromAsn1 = function(obj, computeHash) {
      var capture = {}, errors = [];
      if (!asn1.validate(obj, certificationRequestValidator, capture, errors)) {
        var error = new Error("Cannot read PKCS#10 certificate request. ASN.1 object is not a PKCS#10 CertificationRequest.");
        throw error.errors = errors, error;
      }
      var oid = asn1.derToOid(capture.publicKeyOid);
      if (oid !== pki.oids.rsaEncryption)
        throw new Error("Cannot read public key. OID is not RSA.");
      var csr = pki.createCertificationRequest();
      if (csr.version = capture.csrVersion ? capture.csrVersion.charCodeAt(0) : 0, csr.signatureOid = forge3.asn1.derToOid(capture.csrSignatureOid), csr.signatureParameters = _readSignatureParameters(
        csr.signatureOid,
        capture.csrSignatureParams,
        !0
      ), csr.siginfo.algorithmOid = forge3.asn1.derToOid(capture.csrSignatureOid), csr.siginfo.parameters = _readSignatureParameters(
        csr.siginfo.algorithmOid,
        capture.csrSignatureParams,
        !1
      ), csr.signature = capture.csrSignature, csr.certificationRequestInfo = capture.certificationRequestInfo, computeHash) {
        csr.md = _createSignatureDigest({
          signatureOid: csr.signatureOid,
          type: "certification request"
        });
        var bytes = asn1.toDer(csr.certificationRequestInfo);
        csr.md.update(bytes.getBytes());
      }
      var smd = forge3.md.sha1.create();
      return csr.subject.getField = function(sn) {
        return _getAttribute(csr.subject, sn);
      }, csr.subject.addField = function(attr) {
        _fillMissingFields([attr]), csr.subject.attributes.push(attr);
      }, csr.subject.attributes = pki.RDNAttributesAsArray(
        capture.certificationRequestInfoSubject,
        smd
      ), csr.subject.hash = smd.digest().toHex(), csr.publicKey = pki.publicKeyFromAsn1(capture.subjectPublicKeyInfo), csr.getAttribute = function(sn) {
        return _getAttribute(csr, sn);
      }, csr.addAttribute = function(attr) {
        _fillMissingFields([attr]), csr.attributes.push(attr);
      }, csr.attributes = pki.CRIAttributesAsArray(
        capture.certificationRequestInfoAttributes || []
      ), csr;
    };
    pki.createCertificationRequest = function() {
      var csr = {};
      return csr.version = 0, csr.signatureOid = null, csr.signature = null, csr.siginfo = {}, csr.siginfo.algorithmOid = null, csr.subject = {}, csr.subject.getField = function(sn) {
        return _getAttribute(csr.subject, sn);
      }, csr.subject.addField = function(attr) {
        _fillMissingFields([attr]), csr.subject.attributes.push(attr);
      }, csr.subject.attributes = [], csr.subject.hash = null, csr.publicKey = null, csr.attributes = [], csr.getAttribute = function(sn) {
        return _getAttribute(csr, sn);
      }, csr.addAttribute = function(attr) {
        _fillMissingFields([attr]), csr.attributes.push(attr);
      }, csr.md = null, csr.setSubject = function(attrs) {
        _fillMissingFields(attrs), csr.subject.attributes = attrs, csr.subject.hash = null;
      }, csr.setAttributes = function(attrs) {
        _fillMissingFields(attrs), csr.attributes = attrs;
      }, csr.sign = function(key, md) {
        csr.md = md || forge3.md.sha1.create();
        var algorithmOid = oids[csr.md.algorithm + "WithRSAEncryption"];
        if (!algorithmOid) {
          var error = new Error("Could not compute certification request digest. Unknown message digest algorithm OID.");
          throw error.algorithm = csr.md.algorithm, error;
        }
        csr.signatureOid = csr.siginfo.algorithmOid = algorithmOid, csr.certificationRequestInfo = pki.getCertificationRequestInfo(csr);
        var bytes = asn1.toDer(csr.certificationRequestInfo);
        csr.md.update(bytes.getBytes()), csr.signature = key.sign(csr.md);
      }, csr.verify = function() {
        var rval = !1, md = csr.md;
        if (md === null) {
          md = _createSignatureDigest({
            signatureOid: csr.signatureOid,
            type: "certification request"
          });
          var cri = csr.certificationRequestInfo || pki.getCertificationRequestInfo(csr), bytes = asn1.toDer(cri);
          md.update(bytes.getBytes());
        }
        return md !== null && (rval = _verifySignature({
          certificate: csr,
          md,
          signature: csr.signature
        })), rval;
      }, csr;
    };
    function _dnToAsn1(obj) {
      for (var rval = asn1.create(
        asn1.Class.UNIVERSAL,
        asn1.Type.SEQUENCE,
        !0,
        []
      ), attr, set, attrs = obj.attributes, i = 0; i < attrs.length; ++i) {
        attr = attrs[i];
        var value = attr.value, valueTagClass = asn1.Type.PRINTABLESTRING;
        "valueTagClass" in attr && (valueTagClass = attr.valueTagClass, valueTagClass === asn1.Type.UTF8 && (value = forge3.util.encodeUtf8(value))), set = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, !0, [
          asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
            // AttributeType
            asn1.create(
              asn1.Class.UNIVERSAL,
              asn1.Type.OID,
              !1,
              asn1.oidToDer(attr.type).getBytes()
            ),
            // AttributeValue
            asn1.create(asn1.Class.UNIVERSAL, valueTagClass, !1, value)
          ])
        ]), rval.value.push(set);
      }
      return rval;
    }
    function _fillMissingFields(attrs) {
      for (var attr, i = 0; i < attrs.length; ++i) {
        if (attr = attrs[i], typeof attr.name > "u" && (attr.type && attr.type in pki.oids ? attr.name = pki.oids[attr.type] : attr.shortName && attr.shortName in _shortNames && (attr.name = pki.oids[_shortNames[attr.shortName]])), typeof attr.type > "u")
          if (attr.name && attr.name in pki.oids)
            attr.type = pki.oids[attr.name];
          else {
            var error = new Error("Attribute type not specified.");
            throw error.attribute = attr, error;
          }
        if (typeof attr.shortName > "u" && attr.name && attr.name in _shortNames && (attr.shortName = _shortNames[attr.name]), attr.type === oids.extensionRequest && (attr.valueConstructed = !0, attr.valueTagClass = asn1.Type.SEQUENCE, !attr.value && attr.extensions)) {
          attr.value = [];
          for (var ei = 0; ei < attr.extensions.length; ++ei)
            attr.value.push(pki.certificateExtensionToAsn1(
              _fillMissingExtensionFields(attr.extensions[ei])
            ));
        }
        if (typeof attr.value > "u") {
          var error = new Error("Attribute value not specified.");
          throw error.attribute = attr, error;
        }
      }
    }
    function _fillMissingExtensionFields(e, options) {
      if (options = options || {}, typeof e.name > "u" && e.id && e.id in pki.oids && (e.name = pki.oids[e.id]), typeof e.id > "u")
        if (e.name && e.name in pki.oids)
          e.id = pki.oids[e.name];
        else {
          var error = new Error("Extension ID not specified.");
          throw error.extension = e, error;
        }
      if (typeof e.value < "u")
        return e;
      if (e.name === "keyUsage") {
        var unused = 0, b2 = 0, b3 = 0;
        e.digitalSignature && (b2 |= 128, unused = 7), e.nonRepudiation && (b2 |= 64, unused = 6), e.keyEncipherment && (b2 |= 32, unused = 5), e.dataEncipherment && (b2 |= 16, unused = 4), e.keyAgreement && (b2 |= 8, unused = 3), e.keyCertSign && (b2 |= 4, unused = 2), e.cRLSign && (b2 |= 2, unused = 1), e.encipherOnly && (b2 |= 1, unused = 0), e.decipherOnly && (b3 |= 128, unused = 7);
        var value = String.fromCharCode(unused);
        b3 !== 0 ? value += String.fromCharCode(b2) + String.fromCharCode(b3) : b2 !== 0 && (value += String.fromCharCode(b2)), e.value = asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.BITSTRING,
          !1,
          value
        );
      } else if (e.name === "basicConstraints")
        e.value = asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.SEQUENCE,
          !0,
          []
        ), e.cA && e.value.value.push(asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.BOOLEAN,
          !1,
          "\xFF"
        )), "pathLenConstraint" in e && e.value.value.push(asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.INTEGER,
          !1,
          asn1.integerToDer(e.pathLenConstraint).getBytes()
        ));
      else if (e.name === "extKeyUsage") {
        e.value = asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.SEQUENCE,
          !0,
          []
        );
        var seq = e.value.value;
        for (var key in e)
          e[key] === !0 && (key in oids ? seq.push(asn1.create(
            asn1.Class.UNIVERSAL,
            asn1.Type.OID,
            !1,
            asn1.oidToDer(oids[key]).getBytes()
          )) : key.indexOf(".") !== -1 && seq.push(asn1.create(
            asn1.Class.UNIVERSAL,
            asn1.Type.OID,
            !1,
            asn1.oidToDer(key).getBytes()
          )));
      } else if (e.name === "nsCertType") {
        var unused = 0, b2 = 0;
        e.client && (b2 |= 128, unused = 7), e.server && (b2 |= 64, unused = 6), e.email && (b2 |= 32, unused = 5), e.objsign && (b2 |= 16, unused = 4), e.reserved && (b2 |= 8, unused = 3), e.sslCA && (b2 |= 4, unused = 2), e.emailCA && (b2 |= 2, unused = 1), e.objCA && (b2 |= 1, unused = 0);
        var value = String.fromCharCode(unused);
        b2 !== 0 && (value += String.fromCharCode(b2)), e.value = asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.BITSTRING,
          !1,
          value
        );
      } else if (e.name === "subjectAltName" || e.name === "issuerAltName") {
        e.value = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, []);
        for (var altName, n = 0; n < e.altNames.length; ++n) {
          altName = e.altNames[n];
          var value = altName.value;
          if (altName.type === 7 && altName.ip) {
            if (value = forge3.util.bytesFromIP(altName.ip), value === null) {
              var error = new Error(
                'Extension "ip" value is not a valid IPv4 or IPv6 address.'
              );
              throw error.extension = e, error;
            }
          } else altName.type === 8 && (altName.oid ? value = asn1.oidToDer(asn1.oidToDer(altName.oid)) : value = asn1.oidToDer(value));
          e.value.value.push(asn1.create(
            asn1.Class.CONTEXT_SPECIFIC,
            altName.type,
            !1,
            value
          ));
        }
      } else if (e.name === "nsComment" && options.cert) {
        if (!/^[\x00-\x7F]*$/.test(e.comment) || e.comment.length < 1 || e.comment.length > 128)
          throw new Error('Invalid "nsComment" content.');
        e.value = asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.IA5STRING,
          !1,
          e.comment
        );
      } else if (e.name === "subjectKeyIdentifier" && options.cert) {
        var ski = options.cert.generateSubjectKeyIdentifier();
        e.subjectKeyIdentifier = ski.toHex(), e.value = asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.OCTETSTRING,
          !1,
          ski.getBytes()
        );
      } else if (e.name === "authorityKeyIdentifier" && options.cert) {
        e.value = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, []);
        var seq = e.value.value;
        if (e.keyIdentifier) {
          var keyIdentifier = e.keyIdentifier === !0 ? options.cert.generateSubjectKeyIdentifier().getBytes() : e.keyIdentifier;
          seq.push(
            asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, !1, keyIdentifier)
          );
        }
        if (e.authorityCertIssuer) {
          var authorityCertIssuer = [
            asn1.create(asn1.Class.CONTEXT_SPECIFIC, 4, !0, [
              _dnToAsn1(e.authorityCertIssuer === !0 ? options.cert.issuer : e.authorityCertIssuer)
            ])
          ];
          seq.push(
            asn1.create(asn1.Class.CONTEXT_SPECIFIC, 1, !0, authorityCertIssuer)
          );
        }
        if (e.serialNumber) {
          var serialNumber = forge3.util.hexToBytes(e.serialNumber === !0 ? options.cert.serialNumber : e.serialNumber);
          seq.push(
            asn1.create(asn1.Class.CONTEXT_SPECIFIC, 2, !1, serialNumber)
          );
        }
      } else if (e.name === "cRLDistributionPoints") {
        e.value = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, []);
        for (var seq = e.value.value, subSeq = asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.SEQUENCE,
          !0,
          []
        ), fullNameGeneralNames = asn1.create(
          asn1.Class.CONTEXT_SPECIFIC,
          0,
          !0,
          []
        ), altName, n = 0; n < e.altNames.length; ++n) {
          altName = e.altNames[n];
          var value = altName.value;
          if (altName.type === 7 && altName.ip) {
            if (value = forge3.util.bytesFromIP(altName.ip), value === null) {
              var error = new Error(
                'Extension "ip" value is not a valid IPv4 or IPv6 address.'
              );
              throw error.extension = e, error;
            }
          } else altName.type === 8 && (altName.oid ? value = asn1.oidToDer(asn1.oidToDer(altName.oid)) : value = asn1.oidToDer(value));
          fullNameGeneralNames.value.push(asn1.create(
            asn1.Class.CONTEXT_SPECIFIC,
            altName.type,
            !1,
            value
          ));
        }
        subSeq.value.push(asn1.create(
          asn1.Class.CONTEXT_SPECIFIC,
          0,
          !0,
          [fullNameGeneralNames]
        )), seq.push(subSeq);
      }
      if (typeof e.value > "u") {
        var error = new Error("Extension value not specified.");
        throw error.extension = e, error;
      }
      return e;
    }
    function _signatureParametersToAsn1(oid, params) {
      if (oid === oids["RSASSA-PSS"]) {
        var parts = [];
        return params.hash.algorithmOid !== void 0 && parts.push(asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, !0, [
          asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
            asn1.create(
              asn1.Class.UNIVERSAL,
              asn1.Type.OID,
              !1,
              asn1.oidToDer(params.hash.algorithmOid).getBytes()
            ),
            asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, !1, "")
          ])
        ])), params.mgf.algorithmOid !== void 0 && parts.push(asn1.create(asn1.Class.CONTEXT_SPECIFIC, 1, !0, [
          asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
            asn1.create(
              asn1.Class.UNIVERSAL,
              asn1.Type.OID,
              !1,
              asn1.oidToDer(params.mgf.algorithmOid).getBytes()
            ),
            asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
              asn1.create(
                asn1.Class.UNIVERSAL,
                asn1.Type.OID,
                !1,
                asn1.oidToDer(params.mgf.hash.algorithmOid).getBytes()
              ),
              asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, !1, "")
            ])
          ])
        ])), params.saltLength !== void 0 && parts.push(asn1.create(asn1.Class.CONTEXT_SPECIFIC, 2, !0, [
          asn1.create(
            asn1.Class.UNIVERSAL,
            asn1.Type.INTEGER,
            !1,
            asn1.integerToDer(params.saltLength).getBytes()
          )
        ])), asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, parts);
      } else
        return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, !1, "");
    }
    function _CRIAttributesToAsn1(csr) {
      var rval = asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, !0, []);
      if (csr.attributes.length === 0)
        return rval;
      for (var attrs = csr.attributes, i = 0; i < attrs.length; ++i) {
        var attr = attrs[i], value = attr.value, valueTagClass = asn1.Type.UTF8;
        "valueTagClass" in attr && (valueTagClass = attr.valueTagClass), valueTagClass === asn1.Type.UTF8 && (value = forge3.util.encodeUtf8(value));
        var valueConstructed = !1;
        "valueConstructed" in attr && (valueConstructed = attr.valueConstructed);
        var seq = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
          // AttributeType
          asn1.create(
            asn1.Class.UNIVERSAL,
            asn1.Type.OID,
            !1,
            asn1.oidToDer(attr.type).getBytes()
          ),
          asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, !0, [
            // AttributeValue
            asn1.create(
              asn1.Class.UNIVERSAL,
              valueTagClass,
              valueConstructed,
              value
            )
          ])
        ]);
        rval.value.push(seq);
      }
      return rval;
    }
    var jan_1_1950 = /* @__PURE__ */ new Date("1950-01-01T00:00:00Z"), jan_1_2050 = /* @__PURE__ */ new Date("2050-01-01T00:00:00Z");
    function _dateToAsn1(date) {
      return date >= jan_1_1950 && date < jan_1_2050 ? asn1.create(
        asn1.Class.UNIVERSAL,
        asn1.Type.UTCTIME,
        !1,
        asn1.dateToUtcTime(date)
      ) : asn1.create(
        asn1.Class.UNIVERSAL,
        asn1.Type.GENERALIZEDTIME,
        !1,
        asn1.dateToGeneralizedTime(date)
      );
    }
    pki.getTBSCertificate = function(cert) {
      var notBefore = _dateToAsn1(cert.validity.notBefore), notAfter = _dateToAsn1(cert.validity.notAfter), tbs = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
        // version
        asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, !0, [
          // integer
          asn1.create(
            asn1.Class.UNIVERSAL,
            asn1.Type.INTEGER,
            !1,
            asn1.integerToDer(cert.version).getBytes()
          )
        ]),
        // serialNumber
        asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.INTEGER,
          !1,
          forge3.util.hexToBytes(cert.serialNumber)
        ),
        // signature
        asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
          // algorithm
          asn1.create(
            asn1.Class.UNIVERSAL,
            asn1.Type.OID,
            !1,
            asn1.oidToDer(cert.siginfo.algorithmOid).getBytes()
          ),
          // parameters
          _signatureParametersToAsn1(
            cert.siginfo.algorithmOid,
            cert.siginfo.parameters
          )
        ]),
        // issuer
        _dnToAsn1(cert.issuer),
        // validity
        asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
          notBefore,
          notAfter
        ]),
        // subject
        _dnToAsn1(cert.subject),
        // SubjectPublicKeyInfo
        pki.publicKeyToAsn1(cert.publicKey)
      ]);
      return cert.issuer.uniqueId && tbs.value.push(
        asn1.create(asn1.Class.CONTEXT_SPECIFIC, 1, !0, [
          asn1.create(
            asn1.Class.UNIVERSAL,
            asn1.Type.BITSTRING,
            !1,
            // TODO: support arbitrary bit length ids
            "\0" + cert.issuer.uniqueId
          )
        ])
      ), cert.subject.uniqueId && tbs.value.push(
        asn1.create(asn1.Class.CONTEXT_SPECIFIC, 2, !0, [
          asn1.create(
            asn1.Class.UNIVERSAL,
            asn1.Type.BITSTRING,
            !1,
            // TODO: support arbitrary bit length ids
            "\0" + cert.subject.uniqueId
          )
        ])
      ), cert.extensions.length > 0 && tbs.value.push(pki.certificateExtensionsToAsn1(cert.extensions)), tbs;
    };
    pki.getCertificationRequestInfo = function(csr) {
      var cri = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
        // version
        asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.INTEGER,
          !1,
          asn1.integerToDer(csr.version).getBytes()
        ),
        // subject
        _dnToAsn1(csr.subject),
        // SubjectPublicKeyInfo
        pki.publicKeyToAsn1(csr.publicKey),
        // attributes
        _CRIAttributesToAsn1(csr)
      ]);
      return cri;
    };
    pki.distinguishedNameToAsn1 = function(dn) {
      return _dnToAsn1(dn);
    };
    pki.certificateToAsn1 = function(cert) {
      var tbsCertificate = cert.tbsCertificate || pki.getTBSCertificate(cert);
      return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
        // TBSCertificate
        tbsCertificate,
        // AlgorithmIdentifier (signature algorithm)
        asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
          // algorithm
          asn1.create(
            asn1.Class.UNIVERSAL,
            asn1.Type.OID,
            !1,
            asn1.oidToDer(cert.signatureOid).getBytes()
          ),
          // parameters
          _signatureParametersToAsn1(cert.signatureOid, cert.signatureParameters)
        ]),
        // SignatureValue
        asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.BITSTRING,
          !1,
          "\0" + cert.signature
        )
      ]);
    };
    pki.certificateExtensionsToAsn1 = function(exts) {
      var rval = asn1.create(asn1.Class.CONTEXT_SPECIFIC, 3, !0, []), seq = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, []);
      rval.value.push(seq);
      for (var i = 0; i < exts.length; ++i)
        seq.value.push(pki.certificateExtensionToAsn1(exts[i]));
      return rval;
    };
    pki.certificateExtensionToAsn1 = function(ext) {
      var extseq = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, []);
      extseq.value.push(asn1.create(
        asn1.Class.UNIVERSAL,
        asn1.Type.OID,
        !1,
        asn1.oidToDer(ext.id).getBytes()
      )), ext.critical && extseq.value.push(asn1.create(
        asn1.Class.UNIVERSAL,
        asn1.Type.BOOLEAN,
        !1,
        "\xFF"
      ));
      var value = ext.value;
      return typeof ext.value != "string" && (value = asn1.toDer(value).getBytes()), extseq.value.push(asn1.create(
        asn1.Class.UNIVERSAL,
        asn1.Type.OCTETSTRING,
        !1,
        value
      )), extseq;
    };
    pki.certificationRequestToAsn1 = function(csr) {
      var cri = csr.certificationRequestInfo || pki.getCertificationRequestInfo(csr);
      return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
        // CertificationRequestInfo
        cri,
        // AlgorithmIdentifier (signature algorithm)
        asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
          // algorithm
          asn1.create(
            asn1.Class.UNIVERSAL,
            asn1.Type.OID,
            !1,
            asn1.oidToDer(csr.signatureOid).getBytes()
          ),
          // parameters
          _signatureParametersToAsn1(csr.signatureOid, csr.signatureParameters)
        ]),
        // signature
        asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.BITSTRING,
          !1,
          "\0" + csr.signature
        )
      ]);
    };
    pki.createCaStore = function(certs) {
      var caStore = {
        // stored certificates
        certs: {}
      };
      caStore.getIssuer = function(cert2) {
        var rval = getBySubject(cert2.issuer);
        return rval;
      }, caStore.addCertificate = function(cert2) {
        if (typeof cert2 == "string" && (cert2 = forge3.pki.certificateFromPem(cert2)), ensureSubjectHasHash(cert2.subject), !caStore.hasCertificate(cert2))
          if (cert2.subject.hash in caStore.certs) {
            var tmp = caStore.certs[cert2.subject.hash];
            forge3.util.isArray(tmp) || (tmp = [tmp]), tmp.push(cert2), caStore.certs[cert2.subject.hash] = tmp;
          } else
            caStore.certs[cert2.subject.hash] = cert2;
      }, caStore.hasCertificate = function(cert2) {
        typeof cert2 == "string" && (cert2 = forge3.pki.certificateFromPem(cert2));
        var match = getBySubject(cert2.subject);
        if (!match)
          return !1;
        forge3.util.isArray(match) || (match = [match]);
        for (var der1 = asn1.toDer(pki.certificateToAsn1(cert2)).getBytes(), i2 = 0; i2 < match.length; ++i2) {
          var der2 = asn1.toDer(pki.certificateToAsn1(match[i2])).getBytes();
          if (der1 === der2)
            return !0;
        }
        return !1;
      }, caStore.listAllCertificates = function() {
        var certList = [];
        for (var hash in caStore.certs)
          if (caStore.certs.hasOwnProperty(hash)) {
            var value = caStore.certs[hash];
            if (!forge3.util.isArray(value))
              certList.push(value);
            else
              for (var i2 = 0; i2 < value.length; ++i2)
                certList.push(value[i2]);
          }
        return certList;
      }, caStore.removeCertificate = function(cert2) {
        var result;
        if (typeof cert2 == "string" && (cert2 = forge3.pki.certificateFromPem(cert2)), ensureSubjectHasHash(cert2.subject), !caStore.hasCertificate(cert2))
          return null;
        var match = getBySubject(cert2.subject);
        if (!forge3.util.isArray(match))
          return result = caStore.certs[cert2.subject.hash], delete caStore.certs[cert2.subject.hash], result;
        for (var der1 = asn1.toDer(pki.certificateToAsn1(cert2)).getBytes(), i2 = 0; i2 < match.length; ++i2) {
          var der2 = asn1.toDer(pki.certificateToAsn1(match[i2])).getBytes();
          der1 === der2 && (result = match[i2], match.splice(i2, 1));
        }
        return match.length === 0 && delete caStore.certs[cert2.subject.hash], result;
      };
      function getBySubject(subject) {
        return ensureSubjectHasHash(subject), caStore.certs[subject.hash] || null;
      }
      function ensureSubjectHasHash(subject) {
        if (!subject.hash) {
          var md = forge3.md.sha1.create();
          subject.attributes = pki.RDNAttributesAsArray(_dnToAsn1(subject), md), subject.hash = md.digest().toHex();
        }
      }
      if (certs)
        for (var i = 0; i < certs.length; ++i) {
          var cert = certs[i];
          caStore.addCertificate(cert);
        }
      return caStore;
    };
    pki.certificateError = {
      bad_certificate: "forge.pki.BadCertificate",
      unsupported_certificate: "forge.pki.UnsupportedCertificate",
      certificate_revoked: "forge.pki.CertificateRevoked",
      certificate_expired: "forge.pki.CertificateExpired",
      certificate_unknown: "forge.pki.CertificateUnknown",
      unknown_ca: "forge.pki.UnknownCertificateAuthority"
    };
    var _generalNameTypes = {
      0: "otherName",
      1: "rfc822Name",
      2: "dNSName",
      3: "x400Address",
      4: "directoryName",
      5: "ediPartyName",
      6: "uniformResourceIdentifier",
      7: "iPAddress",
      8: "registeredID"
    }, _maxNameConstraintChecks = 1 << 20;
    function _getNameConstraints(cert) {
      for (var rval = [], i = 0; i < cert.extensions.length; ++i) {
        var ext = cert.extensions[i];
        if (ext.id === "2.5.29.30") {
          var nc;
          try {
            var value = ext.value;
            typeof value == "string" && (value = asn1.fromDer(value)), nc = _readNameConstraints(value);
          } catch {
            rval.push({ invalid: !0 });
            continue;
          }
          rval.push({
            permitted: _prepareSubtrees(nc.permittedSubtrees),
            excluded: _prepareSubtrees(nc.excludedSubtrees)
          });
        }
      }
      return rval;
    }
    function _prepareSubtrees(subtrees) {
      for (var rval = [], i = 0; i < subtrees.length; ++i) {
        var subtree = subtrees[i], st = { type: subtree.type, supported: _isSupportedSubtree(subtree) };
        if (st.supported)
          switch (st.type) {
            case 1:
              var at = subtree.value.lastIndexOf("@");
              st.local = at === -1 ? null : subtree.value.substr(0, at), st.host = subtree.value.substr(at + 1).toLowerCase();
              break;
            case 2:
            case 6:
              st.host = subtree.value.toLowerCase();
              break;
            case 4:
              st.attributes = _canonicalAttributes(subtree.attributes);
              break;
            case 7:
              st.value = subtree.value;
              break;
          }
        rval.push(st);
      }
      return rval;
    }
    function _isSupportedSubtree(subtree) {
      if (subtree.minimum && subtree.minimum !== 0 || "maximum" in subtree)
        return !1;
      switch (subtree.type) {
        case 1:
        case 2:
        case 6:
          return typeof subtree.value == "string";
        case 4:
          return forge3.util.isArray(subtree.attributes);
        case 7:
          return typeof subtree.value == "string" && (subtree.value.length === 8 || subtree.value.length === 32);
      }
      return !1;
    }
    function _canonicalAttributes(attrs) {
      for (var rval = [], i = 0; i < attrs.length; ++i) {
        var value = attrs[i].value;
        typeof value == "string" && (value = value.replace(/[ \t\n\v\f\r]+/g, " "), value.charAt(0) === " " && (value = value.substr(1)), value.charAt(value.length - 1) === " " && (value = value.substr(0, value.length - 1)), value = value.replace(/[A-Z]+/g, function(s) {
          return s.toLowerCase();
        })), rval.push({ type: attrs[i].type, value });
      }
      return rval;
    }
    function _isHostName(value) {
      if (typeof value != "string")
        return !1;
      for (var labels = !1, i = 0; i < value.length; ++i) {
        var c = value.charAt(i);
        if (!/[a-zA-Z0-9_]/.test(c)) {
          if (i > 0 && i < value.length - 1) {
            if (c === "-")
              continue;
            var next = value.charAt(i + 1);
            if (c === "." && next !== "." && next !== "-" && value.charAt(i - 1) !== "-") {
              labels = !0;
              continue;
            }
          }
          return !1;
        }
      }
      return labels;
    }
    function _getConstrainedNames(cert, leaf) {
      var rval = { names: [], unsupported: {}, types: {} }, attrs = cert.subject.attributes, i;
      for (attrs.length > 0 && _addConstrainedName(rval, 4, attrs), i = 0; i < attrs.length; ++i)
        attrs[i].type === oids.emailAddress && _addConstrainedName(rval, 1, attrs[i].value);
      var hasDnsName = !1;
      for (i = 0; i < cert.extensions.length; ++i) {
        var san = cert.extensions[i];
        if (san.id === "2.5.29.17")
          for (var altNames2 = san.altNames || [], n = 0; n < altNames2.length; ++n) {
            var altName = altNames2[n], value = altName.value;
            switch (altName.type === 2 && (hasDnsName = !0), altName.type) {
              case 4:
                value = null, forge3.util.isArray(altName.value) && altName.value.length === 1 && altName.value[0].type === asn1.Type.SEQUENCE && forge3.util.isArray(altName.value[0].value) && (value = pki.RDNAttributesAsArray(altName.value[0]));
                break;
              case 7:
                altName.ip && (value = forge3.util.bytesFromIP(altName.ip));
                break;
            }
            _addConstrainedName(rval, altName.type, value);
          }
      }
      if (leaf && !hasDnsName)
        for (i = 0; i < attrs.length; ++i)
          attrs[i].type === oids.commonName && _isHostName(attrs[i].value) && _addConstrainedName(rval, 2, attrs[i].value);
      return rval;
    }
    function _addConstrainedName(names2, type, value) {
      var name = { type, value }, ok = !1;
      switch (names2.types[type] = !0, type) {
        case 1:
          if (ok = typeof value == "string" && value.lastIndexOf("@") !== -1, ok) {
            var at = value.lastIndexOf("@");
            name.local = value.substr(0, at), name.host = value.substr(at + 1).toLowerCase();
          }
          break;
        case 2:
          ok = typeof value == "string", ok && (name.host = value.toLowerCase());
          break;
        case 4:
          ok = forge3.util.isArray(value), ok && (name.attributes = _canonicalAttributes(value));
          break;
        case 6:
          var m = typeof value == "string" && /^[a-zA-Z][a-zA-Z0-9+.\-]*:\/\/([^\/?#]*)/.exec(value);
          if (m) {
            var host = m[1].substr(m[1].lastIndexOf("@") + 1);
            if (host.charAt(0) === "[")
              name.host = null;
            else {
              var colon = host.indexOf(":");
              colon !== -1 && (host = host.substr(0, colon)), name.host = host.toLowerCase();
            }
            ok = host.length > 0;
          }
          break;
        case 7:
          ok = typeof value == "string" && (value.length === 4 || value.length === 16);
          break;
      }
      ok ? names2.names.push(name) : names2.unsupported[type] = !0;
    }
    function _hostMatchesConstraint(host, base) {
      return base.length === 0 ? !0 : base.charAt(0) === "." ? host.length > base.length && host.substr(host.length - base.length) === base : host === base;
    }
    function _nameMatchesConstraint(name, subtree) {
      var value = name.host, base = subtree.host, i;
      switch (name.type) {
        case 1:
          return subtree.local !== null ? (subtree.local === "" || name.local === subtree.local) && value === base : _hostMatchesConstraint(value, base);
        case 2:
          return base.length === 0 ? !0 : base.charAt(0) === "." ? value.length > base.length && value.substr(value.length - base.length) === base : value === base || value.length > base.length && value.substr(value.length - base.length - 1) === "." + base;
        case 6:
          return value !== null && _hostMatchesConstraint(value, base);
        case 4:
          var battrs = subtree.attributes, attrs = name.attributes;
          if (battrs.length > attrs.length)
            return !1;
          for (i = 0; i < battrs.length; ++i)
            if (battrs[i].type !== attrs[i].type || battrs[i].value !== attrs[i].value)
              return !1;
          return !0;
        case 7:
          if (value = name.value, base = subtree.value, base.length !== value.length * 2)
            return !1;
          for (i = 0; i < value.length; ++i) {
            var mask = base.charCodeAt(value.length + i);
            if ((value.charCodeAt(i) & mask) !== (base.charCodeAt(i) & mask))
              return !1;
          }
          return !0;
      }
      return !1;
    }
    function _nameToString(name) {
      if (name.type === 4) {
        for (var parts = [], i = 0; i < name.value.length; ++i) {
          var attr = name.value[i];
          parts.push((attr.shortName || attr.name || attr.type) + "=" + attr.value);
        }
        return parts.join(", ");
      }
      return name.type === 7 ? forge3.util.bytesToIP(name.value) : name.value;
    }
    function _checkNameConstraints(cert, constraints, count, leaf, work) {
      if (count === 0)
        return null;
      var subject = _getConstrainedNames(cert, leaf), names2 = subject.names, i, n, k, nc, subtree, typeName;
      for (i = 0; i < count && work.checks <= _maxNameConstraintChecks; ++i)
        nc = constraints[i], work.checks += (names2.length + 1) * (nc.invalid ? 1 : nc.permitted.length + nc.excluded.length + 1);
      if (work.checks > _maxNameConstraintChecks)
        return {
          message: "Certificate name constraints require too many checks.",
          error: pki.certificateError.unsupported_certificate
        };
      for (i = 0; i < count; ++i) {
        if (nc = constraints[i], nc.invalid)
          return {
            message: "Certificate name constraint could not be parsed.",
            error: pki.certificateError.unsupported_certificate
          };
        var all = nc.permitted.concat(nc.excluded);
        for (n = 0; n < all.length; ++n)
          if (subtree = all[n], subtree.type in subject.unsupported || !subtree.supported && subtree.type in subject.types)
            return typeName = _generalNameTypes[subtree.type] || String(subtree.type), {
              message: "Certificate name constraint of type " + typeName + " is not supported.",
              error: pki.certificateError.unsupported_certificate,
              nameType: typeName
            };
      }
      for (k = 0; k < names2.length; ++k) {
        var name = names2[k];
        for (i = 0; i < count; ++i) {
          nc = constraints[i];
          var found = !1, matched = !1;
          for (n = 0; !matched && n < nc.permitted.length; ++n)
            subtree = nc.permitted[n], subtree.type === name.type && (found = !0, matched = _nameMatchesConstraint(name, subtree));
          if (found && !matched)
            return {
              message: "Certificate subject name is not permitted by a name constraint.",
              error: pki.certificateError.bad_certificate,
              nameValue: _nameToString(name),
              nameType: _generalNameTypes[name.type]
            };
          for (n = 0; n < nc.excluded.length; ++n)
            if (subtree = nc.excluded[n], subtree.type === name.type && _nameMatchesConstraint(name, subtree))
              return {
                message: "Certificate subject name is excluded by a name constraint.",
                error: pki.certificateError.bad_certificate,
                nameValue: _nameToString(name),
                nameType: _generalNameTypes[name.type]
              };
        }
      }
      return null;
    }
    pki.verifyCertificateChain = function(caStore, chain, options) {
      typeof options == "function" && (options = { verify: options }), options = options || {}, chain = chain.slice(0);
      var certs = chain.slice(0), validityCheckDate = options.validityCheckDate;
      typeof validityCheckDate > "u" && (validityCheckDate = /* @__PURE__ */ new Date());
      var ncList = [], ncCount = [], ncWork = { checks: 0 }, last = certs[certs.length - 1];
      if (last && !last.isIssuer(last)) {
        var anchors = caStore.getIssuer(last);
        anchors = anchors ? forge3.util.isArray(anchors) ? anchors.slice() : [anchors] : [];
        for (var ai = 0; ai < anchors.length; ++ai) {
          var anchorNc = _getNameConstraints(anchors[ai]);
          if (anchorNc.length > 0) {
            var anchorVerified = !1;
            try {
              anchorVerified = anchors[ai].verify(last);
            } catch {
            }
            for (var an = 0; anchorVerified && an < anchorNc.length; ++an)
              ncList.push(anchorNc[an]);
          }
        }
      }
      for (var ci = certs.length - 1; ci >= 0; --ci) {
        ncCount[ci] = ncList.length;
        for (var certNc = ci > 0 ? _getNameConstraints(certs[ci]) : [], cn = 0; cn < certNc.length; ++cn)
          ncList.push(certNc[cn]);
      }
      var first = !0, error = null, depth = 0;
      do {
        var cert = chain.shift(), parent = null, selfSigned = !1;
        if (validityCheckDate && (validityCheckDate < cert.validity.notBefore || validityCheckDate > cert.validity.notAfter) && (error = {
          message: "Certificate is not valid yet or has expired.",
          error: pki.certificateError.certificate_expired,
          notBefore: cert.validity.notBefore,
          notAfter: cert.validity.notAfter,
          // TODO: we might want to reconsider renaming 'now' to
          // 'validityCheckDate' should this API be changed in the future.
          now: validityCheckDate
        }), error === null) {
          if (parent = chain[0] || caStore.getIssuer(cert), parent === null && cert.isIssuer(cert) && (selfSigned = !0, parent = cert), parent) {
            for (var parents = forge3.util.isArray(parent) ? parent.slice() : [parent], verified = !1; !verified && parents.length > 0; ) {
              parent = parents.shift();
              try {
                verified = parent.verify(cert);
              } catch {
              }
            }
            verified || (error = {
              message: "Certificate signature is invalid.",
              error: pki.certificateError.bad_certificate
            });
          }
          error === null && (!parent || selfSigned) && !caStore.hasCertificate(cert) && (error = {
            message: "Certificate is not trusted.",
            error: pki.certificateError.unknown_ca
          });
        }
        if (error === null && parent && !cert.isIssuer(parent) && (error = {
          message: "Certificate issuer is invalid.",
          error: pki.certificateError.bad_certificate
        }), error === null && (first || !cert.isIssuer(cert)) && (error = _checkNameConstraints(
          cert,
          ncList,
          ncCount[depth],
          first,
          ncWork
        )), error === null)
          for (var se = {
            keyUsage: !0,
            basicConstraints: !0,
            nameConstraints: !0
          }, i = 0; error === null && i < cert.extensions.length; ++i) {
            var ext = cert.extensions[i];
            ext.critical && (!(ext.name in se) || ext.name === "nameConstraints" && ext.id !== "2.5.29.30") && (error = {
              message: "Certificate has an unsupported critical extension.",
              error: pki.certificateError.unsupported_certificate
            });
          }
        if (error === null && (!first || chain.length === 0 && (!parent || selfSigned))) {
          var bcExt = cert.getExtension({ id: "2.5.29.19" }), keyUsageExt = cert.getExtension("keyUsage");
          if (keyUsageExt !== null && (!keyUsageExt.keyCertSign || bcExt === null) && (error = {
            message: "Certificate keyUsage or basicConstraints conflict or indicate that the certificate is not a CA. If the certificate is the only one in the chain or isn't the first then the certificate must be a valid CA.",
            error: pki.certificateError.bad_certificate
          }), error === null && bcExt === null && (error = {
            message: "Certificate is missing basicConstraints extension and cannot be used as a CA.",
            error: pki.certificateError.bad_certificate
          }), error === null && bcExt !== null && !bcExt.cA && (error = {
            message: "Certificate basicConstraints indicates the certificate is not a CA.",
            error: pki.certificateError.bad_certificate
          }), error === null && bcExt !== null && "pathLenConstraint" in bcExt) {
            var pathLen = depth - 1;
            pathLen > bcExt.pathLenConstraint && (error = {
              message: "Certificate basicConstraints pathLenConstraint violated.",
              error: pki.certificateError.bad_certificate
            });
          }
        }
        var vfd = error === null ? !0 : error.error, ret = options.verify ? options.verify(vfd, depth, certs) : vfd;
        if (ret === !0)
          error = null;
        else
          throw vfd === !0 && (error = {
            message: "The application rejected the certificate.",
            error: pki.certificateError.bad_certificate
          }), (ret || ret === 0) && (typeof ret == "object" && !forge3.util.isArray(ret) ? (ret.message && (error.message = ret.message), ret.error && (error.error = ret.error)) : typeof ret == "string" && (error.error = ret)), error;
        first = !1, ++depth;
      } while (chain.length > 0);
      return !0;
    };
  }
});

// node_modules/node-forge/lib/pkcs12.js
var require_pkcs12 = __commonJS({
  "node_modules/node-forge/lib/pkcs12.js"(exports, module) {
    var forge3 = require_forge();
    require_asn1();
    require_hmac();
    require_oids();
    require_pkcs7asn1();
    require_pbe();
    require_random();
    require_rsa();
    require_sha1();
    require_util();
    require_x509();
    var asn1 = forge3.asn1, pki = forge3.pki, p12 = module.exports = forge3.pkcs12 = forge3.pkcs12 || {}, contentInfoValidator = {
      name: "ContentInfo",
      tagClass: asn1.Class.UNIVERSAL,
      type: asn1.Type.SEQUENCE,
      // a ContentInfo
      constructed: !0,
      value: [{
        name: "ContentInfo.contentType",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.OID,
        constructed: !1,
        capture: "contentType"
      }, {
        name: "ContentInfo.content",
        tagClass: asn1.Class.CONTEXT_SPECIFIC,
        constructed: !0,
        captureAsn1: "content"
      }]
    }, pfxValidator = {
      name: "PFX",
      tagClass: asn1.Class.UNIVERSAL,
      type: asn1.Type.SEQUENCE,
      constructed: !0,
      value: [
        {
          name: "PFX.version",
          tagClass: asn1.Class.UNIVERSAL,
          type: asn1.Type.INTEGER,
          constructed: !1,
          capture: "version"
        },
        contentInfoValidator,
        {
          name: "PFX.macData",
          tagClass: asn1.Class.UNIVERSAL,
          type: asn1.Type.SEQUENCE,
          constructed: !0,
          optional: !0,
          captureAsn1: "mac",
          value: [{
            name: "PFX.macData.mac",
            tagClass: asn1.Class.UNIVERSAL,
            type: asn1.Type.SEQUENCE,
            // DigestInfo
            constructed: !0,
            value: [{
              name: "PFX.macData.mac.digestAlgorithm",
              tagClass: asn1.Class.UNIVERSAL,
              type: asn1.Type.SEQUENCE,
              // DigestAlgorithmIdentifier
              constructed: !0,
              value: [{
                name: "PFX.macData.mac.digestAlgorithm.algorithm",
                tagClass: asn1.Class.UNIVERSAL,
                type: asn1.Type.OID,
                constructed: !1,
                capture: "macAlgorithm"
              }, {
                name: "PFX.macData.mac.digestAlgorithm.parameters",
                optional: !0,
                tagClass: asn1.Class.UNIVERSAL,
                captureAsn1: "macAlgorithmParameters"
              }]
            }, {
              name: "PFX.macData.mac.digest",
              tagClass: asn1.Class.UNIVERSAL,
              type: asn1.Type.OCTETSTRING,
              constructed: !1,
              capture: "macDigest"
            }]
          }, {
            name: "PFX.macData.macSalt",
            tagClass: asn1.Class.UNIVERSAL,
            type: asn1.Type.OCTETSTRING,
            constructed: !1,
            capture: "macSalt"
          }, {
            name: "PFX.macData.iterations",
            tagClass: asn1.Class.UNIVERSAL,
            type: asn1.Type.INTEGER,
            constructed: !1,
            optional: !0,
            capture: "macIterations"
          }]
        }
      ]
    }, safeBagValidator = {
      name: "SafeBag",
      tagClass: asn1.Class.UNIVERSAL,
      type: asn1.Type.SEQUENCE,
      constructed: !0,
      value: [{
        name: "SafeBag.bagId",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.OID,
        constructed: !1,
        capture: "bagId"
      }, {
        name: "SafeBag.bagValue",
        tagClass: asn1.Class.CONTEXT_SPECIFIC,
        constructed: !0,
        captureAsn1: "bagValue"
      }, {
        name: "SafeBag.bagAttributes",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.SET,
        constructed: !0,
        optional: !0,
        capture: "bagAttributes"
      }]
    }, attributeValidator = {
      name: "Attribute",
      tagClass: asn1.Class.UNIVERSAL,
      type: asn1.Type.SEQUENCE,
      constructed: !0,
      value: [{
        name: "Attribute.attrId",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.OID,
        constructed: !1,
        capture: "oid"
      }, {
        name: "Attribute.attrValues",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.SET,
        constructed: !0,
        capture: "values"
      }]
    }, certBagValidator = {
      name: "CertBag",
      tagClass: asn1.Class.UNIVERSAL,
      type: asn1.Type.SEQUENCE,
      constructed: !0,
      value: [{
        name: "CertBag.certId",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.OID,
        constructed: !1,
        capture: "certId"
      }, {
        name: "CertBag.certValue",
        tagClass: asn1.Class.CONTEXT_SPECIFIC,
        constructed: !0,
        /* So far we only support X.509 certificates (which are wrapped in
           an OCTET STRING, hence hard code that here). */
        value: [{
          name: "CertBag.certValue[0]",
          tagClass: asn1.Class.UNIVERSAL,
          type: asn1.Class.OCTETSTRING,
          constructed: !1,
          capture: "cert"
        }]
      }]
    };
    function _getBagsByAttribute(safeContents, attrName, attrValue, bagType) {
      for (var result = [], i = 0; i < safeContents.length; i++)
        for (var j = 0; j < safeContents[i].safeBags.length; j++) {
          var bag = safeContents[i].safeBags[j];
          if (!(bagType !== void 0 && bag.type !== bagType)) {
            if (attrName === null) {
              result.push(bag);
              continue;
            }
            bag.attributes[attrName] !== void 0 && bag.attributes[attrName].indexOf(attrValue) >= 0 && result.push(bag);
          }
        }
      return result;
    }
    p12.pkcs12FromAsn1 = function(obj, strict, password) {
      typeof strict == "string" ? (password = strict, strict = !0) : strict === void 0 && (strict = !0);
      var capture = {}, errors = [];
      if (!asn1.validate(obj, pfxValidator, capture, errors)) {
        var error = new Error("Cannot read PKCS#12 PFX. ASN.1 object is not an PKCS#12 PFX.");
        throw error.errors = error, error;
      }
      var pfx = {
        version: capture.version.charCodeAt(0),
        safeContents: [],
        /**
         * Gets bags with matching attributes.
         *
         * @param filter the attributes to filter by:
         *          [localKeyId] the localKeyId to search for.
         *          [localKeyIdHex] the localKeyId in hex to search for.
         *          [friendlyName] the friendly name to search for.
         *          [bagType] bag type to narrow each attribute search by.
         *
         * @return a map of attribute type to an array of matching bags or, if no
         *           attribute was given but a bag type, the map key will be the
         *           bag type.
         */
        getBags: function(filter) {
          var rval = {}, localKeyId;
          return "localKeyId" in filter ? localKeyId = filter.localKeyId : "localKeyIdHex" in filter && (localKeyId = forge3.util.hexToBytes(filter.localKeyIdHex)), localKeyId === void 0 && !("friendlyName" in filter) && "bagType" in filter && (rval[filter.bagType] = _getBagsByAttribute(
            pfx.safeContents,
            null,
            null,
            filter.bagType
          )), localKeyId !== void 0 && (rval.localKeyId = _getBagsByAttribute(
            pfx.safeContents,
            "localKeyId",
            localKeyId,
            filter.bagType
          )), "friendlyName" in filter && (rval.friendlyName = _getBagsByAttribute(
            pfx.safeContents,
            "friendlyName",
            filter.friendlyName,
            filter.bagType
          )), rval;
        },
        /**
         * DEPRECATED: use getBags() instead.
         *
         * Get bags with matching friendlyName attribute.
         *
         * @param friendlyName the friendly name to search for.
         * @param [bagType] bag type to narrow search by.
         *
         * @return an array of bags with matching friendlyName attribute.
         */
        getBagsByFriendlyName: function(friendlyName, bagType) {
          return _getBagsByAttribute(
            pfx.safeContents,
            "friendlyName",
            friendlyName,
            bagType
          );
        },
        /**
         * DEPRECATED: use getBags() instead.
         *
         * Get bags with matching localKeyId attribute.
         *
         * @param localKeyId the localKeyId to search for.
         * @param [bagType] bag type to narrow search by.
         *
         * @return an array of bags with matching localKeyId attribute.
         */
        getBagsByLocalKeyId: function(localKeyId, bagType) {
          return _getBagsByAttribute(
            pfx.safeContents,
            "localKeyId",
            localKeyId,
            bagType
          );
        }
      };
      if (capture.version.charCodeAt(0) !== 3) {
        var error = new Error("PKCS#12 PFX of version other than 3 not supported.");
        throw error.version = capture.version.charCodeAt(0), error;
      }
      if (asn1.derToOid(capture.contentType) !== pki.oids.data) {
        var error = new Error("Only PKCS#12 PFX in password integrity mode supported.");
        throw error.oid = asn1.derToOid(capture.contentType), error;
      }
      var data = capture.content.value[0];
      if (data.tagClass !== asn1.Class.UNIVERSAL || data.type !== asn1.Type.OCTETSTRING)
        throw new Error("PKCS#12 authSafe content data is not an OCTET STRING.");
      if (data = _decodePkcs7Data(data), capture.mac) {
        var md = null, macKeyBytes = 0, macAlgorithm = asn1.derToOid(capture.macAlgorithm);
        switch (macAlgorithm) {
          case pki.oids.sha1:
            md = forge3.md.sha1.create(), macKeyBytes = 20;
            break;
          case pki.oids.sha256:
            md = forge3.md.sha256.create(), macKeyBytes = 32;
            break;
          case pki.oids.sha384:
            md = forge3.md.sha384.create(), macKeyBytes = 48;
            break;
          case pki.oids.sha512:
            md = forge3.md.sha512.create(), macKeyBytes = 64;
            break;
          case pki.oids.md5:
            md = forge3.md.md5.create(), macKeyBytes = 16;
            break;
        }
        if (md === null)
          throw new Error("PKCS#12 uses unsupported MAC algorithm: " + macAlgorithm);
        var macSalt = new forge3.util.ByteBuffer(capture.macSalt), macIterations = "macIterations" in capture ? parseInt(forge3.util.bytesToHex(capture.macIterations), 16) : 1;
        if (!(macIterations >= 1))
          throw new Error("PKCS#12 MAC iteration count must be >= 1.");
        var macKey = p12.generateKey(
          password,
          macSalt,
          3,
          macIterations,
          macKeyBytes,
          md
        ), mac = forge3.hmac.create();
        mac.start(md, macKey), mac.update(data.value);
        var macValue = mac.getMac();
        if (macValue.getBytes() !== capture.macDigest)
          throw new Error("PKCS#12 MAC could not be verified. Invalid password?");
      } else if (Array.isArray(obj.value) && obj.value.length > 2)
        throw new Error("Invalid PKCS#12. macData field present but MAC was not validated.");
      return _decodeAuthenticatedSafe(pfx, data.value, strict, password), pfx;
    };
    function _decodePkcs7Data(data) {
      if (data.composed || data.constructed) {
        for (var value = forge3.util.createBuffer(), i = 0; i < data.value.length; ++i)
          value.putBytes(data.value[i].value);
        data.composed = data.constructed = !1, data.value = value.getBytes();
      }
      return data;
    }
    function _decodeAuthenticatedSafe(pfx, authSafe, strict, password) {
      if (authSafe = asn1.fromDer(authSafe, strict), authSafe.tagClass !== asn1.Class.UNIVERSAL || authSafe.type !== asn1.Type.SEQUENCE || authSafe.constructed !== !0)
        throw new Error("PKCS#12 AuthenticatedSafe expected to be a SEQUENCE OF ContentInfo");
      for (var i = 0; i < authSafe.value.length; i++) {
        var contentInfo = authSafe.value[i], capture = {}, errors = [];
        if (!asn1.validate(contentInfo, contentInfoValidator, capture, errors)) {
          var error = new Error("Cannot read ContentInfo.");
          throw error.errors = errors, error;
        }
        var obj = {
          encrypted: !1
        }, safeContents = null, data = capture.content.value[0];
        switch (asn1.derToOid(capture.contentType)) {
          case pki.oids.data:
            if (data.tagClass !== asn1.Class.UNIVERSAL || data.type !== asn1.Type.OCTETSTRING)
              throw new Error("PKCS#12 SafeContents Data is not an OCTET STRING.");
            safeContents = _decodePkcs7Data(data).value;
            break;
          case pki.oids.encryptedData:
            safeContents = _decryptSafeContents(data, password), obj.encrypted = !0;
            break;
          default:
            var error = new Error("Unsupported PKCS#12 contentType.");
            throw error.contentType = asn1.derToOid(capture.contentType), error;
        }
        obj.safeBags = _decodeSafeContents(safeContents, strict, password), pfx.safeContents.push(obj);
      }
    }
    function _decryptSafeContents(data, password) {
      var capture = {}, errors = [];
      if (!asn1.validate(
        data,
        forge3.pkcs7.asn1.encryptedDataValidator,
        capture,
        errors
      )) {
        var error = new Error("Cannot read EncryptedContentInfo.");
        throw error.errors = errors, error;
      }
      var oid = asn1.derToOid(capture.contentType);
      if (oid !== pki.oids.data) {
        var error = new Error(
          "PKCS#12 EncryptedContentInfo ContentType is not Data."
        );
        throw error.oid = oid, error;
      }
      oid = asn1.derToOid(capture.encAlgorithm);
      var cipher = pki.pbe.getCipher(oid, capture.encParameter, password), encryptedContentAsn1 = _decodePkcs7Data(capture.encryptedContentAsn1), encrypted = forge3.util.createBuffer(encryptedContentAsn1.value);
      if (cipher.update(encrypted), !cipher.finish())
        throw new Error("Failed to decrypt PKCS#12 SafeContents.");
      return cipher.output.getBytes();
    }
    function _decodeSafeContents(safeContents, strict, password) {
      if (!strict && safeContents.length === 0)
        return [];
      if (safeContents = asn1.fromDer(safeContents, strict), safeContents.tagClass !== asn1.Class.UNIVERSAL || safeContents.type !== asn1.Type.SEQUENCE || safeContents.constructed !== !0)
        throw new Error(
          "PKCS#12 SafeContents expected to be a SEQUENCE OF SafeBag."
        );
      for (var res = [], i = 0; i < safeContents.value.length; i++) {
        var safeBag = safeContents.value[i], capture = {}, errors = [];
        if (!asn1.validate(safeBag, safeBagValidator, capture, errors)) {
          var error = new Error("Cannot read SafeBag.");
          throw error.errors = errors, error;
        }
        var bag = {
          type: asn1.derToOid(capture.bagId),
          attributes: _decodeBagAttributes(capture.bagAttributes)
        };
        res.push(bag);
        var validator, decoder, bagAsn1 = capture.bagValue.value[0];
        switch (bag.type) {
          case pki.oids.pkcs8ShroudedKeyBag:
            if (bagAsn1 = pki.decryptPrivateKeyInfo(bagAsn1, password), bagAsn1 === null)
              throw new Error(
                "Unable to decrypt PKCS#8 ShroudedKeyBag, wrong password?"
              );
          /* fall through */
          case pki.oids.keyBag:
            try {
              bag.key = pki.privateKeyFromAsn1(bagAsn1);
            } catch {
              bag.key = null, bag.asn1 = bagAsn1;
            }
            continue;
          /* Nothing more to do. */
          case pki.oids.certBag:
            validator = certBagValidator, decoder = function() {
              if (asn1.derToOid(capture.certId) !== pki.oids.x509Certificate) {
                var error2 = new Error(
                  "Unsupported certificate type, only X.509 supported."
                );
                throw error2.oid = asn1.derToOid(capture.certId), error2;
              }
              var certAsn1 = asn1.fromDer(capture.cert, strict);
              try {
                bag.cert = pki.certificateFromAsn1(certAsn1, !0);
              } catch {
                bag.cert = null, bag.asn1 = certAsn1;
              }
            };
            break;
          default:
            var error = new Error("Unsupported PKCS#12 SafeBag type.");
            throw error.oid = bag.type, error;
        }
        if (validator !== void 0 && !asn1.validate(bagAsn1, validator, capture, errors)) {
          var error = new Error("Cannot read PKCS#12 " + validator.name);
          throw error.errors = errors, error;
        }
        decoder();
      }
      return res;
    }
    function _decodeBagAttributes(attributes2) {
      var decodedAttrs = {};
      if (attributes2 !== void 0)
        for (var i = 0; i < attributes2.length; ++i) {
          var capture = {}, errors = [];
          if (!asn1.validate(attributes2[i], attributeValidator, capture, errors)) {
            var error = new Error("Cannot read PKCS#12 BagAttribute.");
            throw error.errors = errors, error;
          }
          var oid = asn1.derToOid(capture.oid);
          if (pki.oids[oid] !== void 0) {
            decodedAttrs[pki.oids[oid]] = [];
            for (var j = 0; j < capture.values.length; ++j)
              decodedAttrs[pki.oids[oid]].push(capture.values[j].value);
          }
        }
      return decodedAttrs;
    }
    p12.toPkcs12Asn1 = function(key, cert, password, options) {
      options = options || {}, options.saltSize = options.saltSize || 8, options.count = options.count || 2048, options.algorithm = options.algorithm || options.encAlgorithm || "aes128", "useMac" in options || (options.useMac = !0), "localKeyId" in options || (options.localKeyId = null), "generateLocalKeyId" in options || (options.generateLocalKeyId = !0);
      var localKeyId = options.localKeyId, bagAttrs;
      if (localKeyId !== null)
        localKeyId = forge3.util.hexToBytes(localKeyId);
      else if (options.generateLocalKeyId)
        if (cert) {
          var pairedCert = forge3.util.isArray(cert) ? cert[0] : cert;
          typeof pairedCert == "string" && (pairedCert = pki.certificateFromPem(pairedCert));
          var sha1 = forge3.md.sha1.create();
          sha1.update(asn1.toDer(pki.certificateToAsn1(pairedCert)).getBytes()), localKeyId = sha1.digest().getBytes();
        } else
          localKeyId = forge3.random.getBytes(20);
      var attrs = [];
      localKeyId !== null && attrs.push(
        // localKeyID
        asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
          // attrId
          asn1.create(
            asn1.Class.UNIVERSAL,
            asn1.Type.OID,
            !1,
            asn1.oidToDer(pki.oids.localKeyId).getBytes()
          ),
          // attrValues
          asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, !0, [
            asn1.create(
              asn1.Class.UNIVERSAL,
              asn1.Type.OCTETSTRING,
              !1,
              localKeyId
            )
          ])
        ])
      ), "friendlyName" in options && attrs.push(
        // friendlyName
        asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
          // attrId
          asn1.create(
            asn1.Class.UNIVERSAL,
            asn1.Type.OID,
            !1,
            asn1.oidToDer(pki.oids.friendlyName).getBytes()
          ),
          // attrValues
          asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, !0, [
            asn1.create(
              asn1.Class.UNIVERSAL,
              asn1.Type.BMPSTRING,
              !1,
              options.friendlyName
            )
          ])
        ])
      ), attrs.length > 0 && (bagAttrs = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, !0, attrs));
      var contents = [], chain = [];
      cert !== null && (forge3.util.isArray(cert) ? chain = cert : chain = [cert]);
      for (var certSafeBags = [], i = 0; i < chain.length; ++i) {
        cert = chain[i], typeof cert == "string" && (cert = pki.certificateFromPem(cert));
        var certBagAttrs = i === 0 ? bagAttrs : void 0, certAsn1 = pki.certificateToAsn1(cert), certSafeBag = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
          // bagId
          asn1.create(
            asn1.Class.UNIVERSAL,
            asn1.Type.OID,
            !1,
            asn1.oidToDer(pki.oids.certBag).getBytes()
          ),
          // bagValue
          asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, !0, [
            // CertBag
            asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
              // certId
              asn1.create(
                asn1.Class.UNIVERSAL,
                asn1.Type.OID,
                !1,
                asn1.oidToDer(pki.oids.x509Certificate).getBytes()
              ),
              // certValue (x509Certificate)
              asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, !0, [
                asn1.create(
                  asn1.Class.UNIVERSAL,
                  asn1.Type.OCTETSTRING,
                  !1,
                  asn1.toDer(certAsn1).getBytes()
                )
              ])
            ])
          ]),
          // bagAttributes (OPTIONAL)
          certBagAttrs
        ]);
        certSafeBags.push(certSafeBag);
      }
      if (certSafeBags.length > 0) {
        var certSafeContents = asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.SEQUENCE,
          !0,
          certSafeBags
        ), certCI = (
          // PKCS#7 ContentInfo
          asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
            // contentType
            asn1.create(
              asn1.Class.UNIVERSAL,
              asn1.Type.OID,
              !1,
              // OID for the content type is 'data'
              asn1.oidToDer(pki.oids.data).getBytes()
            ),
            // content
            asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, !0, [
              asn1.create(
                asn1.Class.UNIVERSAL,
                asn1.Type.OCTETSTRING,
                !1,
                asn1.toDer(certSafeContents).getBytes()
              )
            ])
          ])
        );
        contents.push(certCI);
      }
      var keyBag = null;
      if (key !== null) {
        var pkAsn1 = pki.wrapRsaPrivateKey(pki.privateKeyToAsn1(key));
        password === null ? keyBag = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
          // bagId
          asn1.create(
            asn1.Class.UNIVERSAL,
            asn1.Type.OID,
            !1,
            asn1.oidToDer(pki.oids.keyBag).getBytes()
          ),
          // bagValue
          asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, !0, [
            // PrivateKeyInfo
            pkAsn1
          ]),
          // bagAttributes (OPTIONAL)
          bagAttrs
        ]) : keyBag = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
          // bagId
          asn1.create(
            asn1.Class.UNIVERSAL,
            asn1.Type.OID,
            !1,
            asn1.oidToDer(pki.oids.pkcs8ShroudedKeyBag).getBytes()
          ),
          // bagValue
          asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, !0, [
            // EncryptedPrivateKeyInfo
            pki.encryptPrivateKeyInfo(pkAsn1, password, options)
          ]),
          // bagAttributes (OPTIONAL)
          bagAttrs
        ]);
        var keySafeContents = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [keyBag]), keyCI = (
          // PKCS#7 ContentInfo
          asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
            // contentType
            asn1.create(
              asn1.Class.UNIVERSAL,
              asn1.Type.OID,
              !1,
              // OID for the content type is 'data'
              asn1.oidToDer(pki.oids.data).getBytes()
            ),
            // content
            asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, !0, [
              asn1.create(
                asn1.Class.UNIVERSAL,
                asn1.Type.OCTETSTRING,
                !1,
                asn1.toDer(keySafeContents).getBytes()
              )
            ])
          ])
        );
        contents.push(keyCI);
      }
      var safe = asn1.create(
        asn1.Class.UNIVERSAL,
        asn1.Type.SEQUENCE,
        !0,
        contents
      ), macData;
      if (options.useMac) {
        var sha1 = forge3.md.sha1.create(), macSalt = new forge3.util.ByteBuffer(
          forge3.random.getBytes(options.saltSize)
        ), count = options.count, key = p12.generateKey(password, macSalt, 3, count, 20), mac = forge3.hmac.create();
        mac.start(sha1, key), mac.update(asn1.toDer(safe).getBytes());
        var macValue = mac.getMac();
        macData = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
          // mac DigestInfo
          asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
            // digestAlgorithm
            asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
              // algorithm = SHA-1
              asn1.create(
                asn1.Class.UNIVERSAL,
                asn1.Type.OID,
                !1,
                asn1.oidToDer(pki.oids.sha1).getBytes()
              ),
              // parameters = Null
              asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, !1, "")
            ]),
            // digest
            asn1.create(
              asn1.Class.UNIVERSAL,
              asn1.Type.OCTETSTRING,
              !1,
              macValue.getBytes()
            )
          ]),
          // macSalt OCTET STRING
          asn1.create(
            asn1.Class.UNIVERSAL,
            asn1.Type.OCTETSTRING,
            !1,
            macSalt.getBytes()
          ),
          // iterations INTEGER (XXX: Only support count < 65536)
          asn1.create(
            asn1.Class.UNIVERSAL,
            asn1.Type.INTEGER,
            !1,
            asn1.integerToDer(count).getBytes()
          )
        ]);
      }
      return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
        // version (3)
        asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.INTEGER,
          !1,
          asn1.integerToDer(3).getBytes()
        ),
        // PKCS#7 ContentInfo
        asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
          // contentType
          asn1.create(
            asn1.Class.UNIVERSAL,
            asn1.Type.OID,
            !1,
            // OID for the content type is 'data'
            asn1.oidToDer(pki.oids.data).getBytes()
          ),
          // content
          asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, !0, [
            asn1.create(
              asn1.Class.UNIVERSAL,
              asn1.Type.OCTETSTRING,
              !1,
              asn1.toDer(safe).getBytes()
            )
          ])
        ]),
        macData
      ]);
    };
    p12.generateKey = forge3.pbe.generatePkcs12Key;
  }
});

// node_modules/node-forge/lib/pki.js
var require_pki = __commonJS({
  "node_modules/node-forge/lib/pki.js"(exports, module) {
    var forge3 = require_forge();
    require_asn1();
    require_oids();
    require_pbe();
    require_pem();
    require_pbkdf2();
    require_pkcs12();
    require_pss();
    require_rsa();
    require_util();
    require_x509();
    var asn1 = forge3.asn1, pki = module.exports = forge3.pki = forge3.pki || {};
    pki.pemToDer = function(pem) {
      var msg = forge3.pem.decode(pem)[0];
      if (msg.procType && msg.procType.type === "ENCRYPTED")
        throw new Error("Could not convert PEM to DER; PEM is encrypted.");
      return forge3.util.createBuffer(msg.body);
    };
    pki.privateKeyFromPem = function(pem) {
      var msg = forge3.pem.decode(pem)[0];
      if (msg.type !== "PRIVATE KEY" && msg.type !== "RSA PRIVATE KEY") {
        var error = new Error('Could not convert private key from PEM; PEM header type is not "PRIVATE KEY" or "RSA PRIVATE KEY".');
        throw error.headerType = msg.type, error;
      }
      if (msg.procType && msg.procType.type === "ENCRYPTED")
        throw new Error("Could not convert private key from PEM; PEM is encrypted.");
      var obj = asn1.fromDer(msg.body);
      return pki.privateKeyFromAsn1(obj);
    };
    pki.privateKeyToPem = function(key, maxline) {
      var msg = {
        type: "RSA PRIVATE KEY",
        body: asn1.toDer(pki.privateKeyToAsn1(key)).getBytes()
      };
      return forge3.pem.encode(msg, { maxline });
    };
    pki.privateKeyInfoToPem = function(pki2, maxline) {
      var msg = {
        type: "PRIVATE KEY",
        body: asn1.toDer(pki2).getBytes()
      };
      return forge3.pem.encode(msg, { maxline });
    };
  }
});

// node_modules/node-forge/lib/tls.js
var require_tls = __commonJS({
  "node_modules/node-forge/lib/tls.js"(exports, module) {
    var forge3 = require_forge();
    require_asn1();
    require_hmac();
    require_md5();
    require_pem();
    require_pki();
    require_random();
    require_sha1();
    require_util();
    var prf_TLS1 = function(secret, label, seed, length) {
      var rval = forge3.util.createBuffer(), idx = secret.length >> 1, slen = idx + (secret.length & 1), s1 = secret.substr(0, slen), s2 = secret.substr(idx, slen), ai = forge3.util.createBuffer(), hmac = forge3.hmac.create();
      seed = label + seed;
      var md5itr = Math.ceil(length / 16), sha1itr = Math.ceil(length / 20);
      hmac.start("MD5", s1);
      var md5bytes = forge3.util.createBuffer();
      ai.putBytes(seed);
      for (var i = 0; i < md5itr; ++i)
        hmac.start(null, null), hmac.update(ai.getBytes()), ai.putBuffer(hmac.digest()), hmac.start(null, null), hmac.update(ai.bytes() + seed), md5bytes.putBuffer(hmac.digest());
      hmac.start("SHA1", s2);
      var sha1bytes = forge3.util.createBuffer();
      ai.clear(), ai.putBytes(seed);
      for (var i = 0; i < sha1itr; ++i)
        hmac.start(null, null), hmac.update(ai.getBytes()), ai.putBuffer(hmac.digest()), hmac.start(null, null), hmac.update(ai.bytes() + seed), sha1bytes.putBuffer(hmac.digest());
      return rval.putBytes(forge3.util.xorBytes(
        md5bytes.getBytes(),
        sha1bytes.getBytes(),
        length
      )), rval;
    }, hmac_sha1 = function(key2, seqNum, record) {
      var hmac = forge3.hmac.create();
      hmac.start("SHA1", key2);
      var b = forge3.util.createBuffer();
      return b.putInt32(seqNum[0]), b.putInt32(seqNum[1]), b.putByte(record.type), b.putByte(record.version.major), b.putByte(record.version.minor), b.putInt16(record.length), b.putBytes(record.fragment.bytes()), hmac.update(b.getBytes()), hmac.digest().getBytes();
    }, deflate = function(c, record, s) {
      var rval = !1;
      try {
        var bytes = c.deflate(record.fragment.getBytes());
        record.fragment = forge3.util.createBuffer(bytes), record.length = bytes.length, rval = !0;
      } catch {
      }
      return rval;
    }, inflate = function(c, record, s) {
      var rval = !1;
      try {
        var bytes = c.inflate(record.fragment.getBytes());
        record.fragment = forge3.util.createBuffer(bytes), record.length = bytes.length, rval = !0;
      } catch {
      }
      return rval;
    }, readVector = function(b, lenBytes) {
      var len = 0;
      switch (lenBytes) {
        case 1:
          len = b.getByte();
          break;
        case 2:
          len = b.getInt16();
          break;
        case 3:
          len = b.getInt24();
          break;
        case 4:
          len = b.getInt32();
          break;
      }
      return forge3.util.createBuffer(b.getBytes(len));
    }, writeVector = function(b, lenBytes, v) {
      b.putInt(v.length(), lenBytes << 3), b.putBuffer(v);
    }, tls = {};
    tls.Versions = {
      TLS_1_0: { major: 3, minor: 1 },
      TLS_1_1: { major: 3, minor: 2 },
      TLS_1_2: { major: 3, minor: 3 }
    };
    tls.SupportedVersions = [
      tls.Versions.TLS_1_1,
      tls.Versions.TLS_1_0
    ];
    tls.Version = tls.SupportedVersions[0];
    tls.MaxFragment = 15360;
    tls.ConnectionEnd = {
      server: 0,
      client: 1
    };
    tls.PRFAlgorithm = {
      tls_prf_sha256: 0
    };
    tls.BulkCipherAlgorithm = {
      none: null,
      rc4: 0,
      des3: 1,
      aes: 2
    };
    tls.CipherType = {
      stream: 0,
      block: 1,
      aead: 2
    };
    tls.MACAlgorithm = {
      none: null,
      hmac_md5: 0,
      hmac_sha1: 1,
      hmac_sha256: 2,
      hmac_sha384: 3,
      hmac_sha512: 4
    };
    tls.CompressionMethod = {
      none: 0,
      deflate: 1
    };
    tls.ContentType = {
      change_cipher_spec: 20,
      alert: 21,
      handshake: 22,
      application_data: 23,
      heartbeat: 24
    };
    tls.HandshakeType = {
      hello_request: 0,
      client_hello: 1,
      server_hello: 2,
      certificate: 11,
      server_key_exchange: 12,
      certificate_request: 13,
      server_hello_done: 14,
      certificate_verify: 15,
      client_key_exchange: 16,
      finished: 20
    };
    tls.Alert = {};
    tls.Alert.Level = {
      warning: 1,
      fatal: 2
    };
    tls.Alert.Description = {
      close_notify: 0,
      unexpected_message: 10,
      bad_record_mac: 20,
      decryption_failed: 21,
      record_overflow: 22,
      decompression_failure: 30,
      handshake_failure: 40,
      bad_certificate: 42,
      unsupported_certificate: 43,
      certificate_revoked: 44,
      certificate_expired: 45,
      certificate_unknown: 46,
      illegal_parameter: 47,
      unknown_ca: 48,
      access_denied: 49,
      decode_error: 50,
      decrypt_error: 51,
      export_restriction: 60,
      protocol_version: 70,
      insufficient_security: 71,
      internal_error: 80,
      user_canceled: 90,
      no_renegotiation: 100
    };
    tls.HeartbeatMessageType = {
      heartbeat_request: 1,
      heartbeat_response: 2
    };
    tls.CipherSuites = {};
    tls.getCipherSuite = function(twoBytes) {
      var rval = null;
      for (var key2 in tls.CipherSuites) {
        var cs = tls.CipherSuites[key2];
        if (cs.id[0] === twoBytes.charCodeAt(0) && cs.id[1] === twoBytes.charCodeAt(1)) {
          rval = cs;
          break;
        }
      }
      return rval;
    };
    tls.handleUnexpected = function(c, record) {
      var ignore = !c.open && c.entity === tls.ConnectionEnd.client;
      ignore || c.error(c, {
        message: "Unexpected message. Received TLS record out of order.",
        send: !0,
        alert: {
          level: tls.Alert.Level.fatal,
          description: tls.Alert.Description.unexpected_message
        }
      });
    };
    tls.handleHelloRequest = function(c, record, length) {
      !c.handshaking && c.handshakes > 0 && (tls.queue(c, tls.createAlert(c, {
        level: tls.Alert.Level.warning,
        description: tls.Alert.Description.no_renegotiation
      })), tls.flush(c)), c.process();
    };
    tls.parseHelloMessage = function(c, record, length) {
      var msg = null, client = c.entity === tls.ConnectionEnd.client;
      if (length < 38)
        c.error(c, {
          message: client ? "Invalid ServerHello message. Message too short." : "Invalid ClientHello message. Message too short.",
          send: !0,
          alert: {
            level: tls.Alert.Level.fatal,
            description: tls.Alert.Description.illegal_parameter
          }
        });
      else {
        var b = record.fragment, remaining = b.length();
        if (msg = {
          version: {
            major: b.getByte(),
            minor: b.getByte()
          },
          random: forge3.util.createBuffer(b.getBytes(32)),
          session_id: readVector(b, 1),
          extensions: []
        }, client ? (msg.cipher_suite = b.getBytes(2), msg.compression_method = b.getByte()) : (msg.cipher_suites = readVector(b, 2), msg.compression_methods = readVector(b, 1)), remaining = length - (remaining - b.length()), remaining > 0) {
          for (var exts = readVector(b, 2); exts.length() > 0; )
            msg.extensions.push({
              type: [exts.getByte(), exts.getByte()],
              data: readVector(exts, 2)
            });
          if (!client)
            for (var i = 0; i < msg.extensions.length; ++i) {
              var ext = msg.extensions[i];
              if (ext.type[0] === 0 && ext.type[1] === 0)
                for (var snl = readVector(ext.data, 2); snl.length() > 0; ) {
                  var snType = snl.getByte();
                  if (snType !== 0)
                    break;
                  c.session.extensions.server_name.serverNameList.push(
                    readVector(snl, 2).getBytes()
                  );
                }
            }
        }
        if (c.session.version && (msg.version.major !== c.session.version.major || msg.version.minor !== c.session.version.minor))
          return c.error(c, {
            message: "TLS version change is disallowed during renegotiation.",
            send: !0,
            alert: {
              level: tls.Alert.Level.fatal,
              description: tls.Alert.Description.protocol_version
            }
          });
        if (client)
          c.session.cipherSuite = tls.getCipherSuite(msg.cipher_suite);
        else
          for (var tmp = forge3.util.createBuffer(msg.cipher_suites.bytes()); tmp.length() > 0 && (c.session.cipherSuite = tls.getCipherSuite(tmp.getBytes(2)), c.session.cipherSuite === null); )
            ;
        if (c.session.cipherSuite === null)
          return c.error(c, {
            message: "No cipher suites in common.",
            send: !0,
            alert: {
              level: tls.Alert.Level.fatal,
              description: tls.Alert.Description.handshake_failure
            },
            cipherSuite: forge3.util.bytesToHex(msg.cipher_suite)
          });
        if (client) {
          if (msg.compression_method !== tls.CompressionMethod.none)
            return c.error(c, {
              message: "Unsupported compression method.",
              send: !0,
              alert: {
                level: tls.Alert.Level.fatal,
                description: tls.Alert.Description.illegal_parameter
              }
            });
          c.session.compressionMethod = msg.compression_method;
        } else
          c.session.compressionMethod = tls.CompressionMethod.none;
      }
      return msg;
    };
    tls.createSecurityParameters = function(c, msg) {
      var client = c.entity === tls.ConnectionEnd.client, msgRandom = msg.random.bytes(), cRandom = client ? c.session.sp.client_random : msgRandom, sRandom = client ? msgRandom : tls.createRandom().getBytes();
      c.session.sp = {
        entity: c.entity,
        prf_algorithm: tls.PRFAlgorithm.tls_prf_sha256,
        bulk_cipher_algorithm: null,
        cipher_type: null,
        enc_key_length: null,
        block_length: null,
        fixed_iv_length: null,
        record_iv_length: null,
        mac_algorithm: null,
        mac_length: null,
        mac_key_length: null,
        compression_algorithm: c.session.compressionMethod,
        pre_master_secret: null,
        master_secret: null,
        client_random: cRandom,
        server_random: sRandom
      };
    };
    tls.handleServerHello = function(c, record, length) {
      var msg = tls.parseHelloMessage(c, record, length);
      if (!c.fail) {
        if (msg.version.minor <= c.version.minor)
          c.version.minor = msg.version.minor;
        else
          return c.error(c, {
            message: "Incompatible TLS version.",
            send: !0,
            alert: {
              level: tls.Alert.Level.fatal,
              description: tls.Alert.Description.protocol_version
            }
          });
        c.session.version = c.version;
        var sessionId = msg.session_id.bytes();
        sessionId.length > 0 && sessionId === c.session.id ? (c.expect = SCC, c.session.resuming = !0, c.session.sp.server_random = msg.random.bytes()) : (c.expect = SCE, c.session.resuming = !1, tls.createSecurityParameters(c, msg)), c.session.id = sessionId, c.process();
      }
    };
    tls.handleClientHello = function(c, record, length) {
      var msg = tls.parseHelloMessage(c, record, length);
      if (!c.fail) {
        var sessionId = msg.session_id.bytes(), session = null;
        if (c.sessionCache && (session = c.sessionCache.getSession(sessionId), session === null ? sessionId = "" : (session.version.major !== msg.version.major || session.version.minor > msg.version.minor) && (session = null, sessionId = "")), sessionId.length === 0 && (sessionId = forge3.random.getBytes(32)), c.session.id = sessionId, c.session.clientHelloVersion = msg.version, c.session.sp = {}, session)
          c.version = c.session.version = session.version, c.session.sp = session.sp;
        else {
          for (var version, i = 1; i < tls.SupportedVersions.length && (version = tls.SupportedVersions[i], !(version.minor <= msg.version.minor)); ++i)
            ;
          c.version = { major: version.major, minor: version.minor }, c.session.version = c.version;
        }
        session !== null ? (c.expect = CCC, c.session.resuming = !0, c.session.sp.client_random = msg.random.bytes()) : (c.expect = c.verifyClient !== !1 ? CCE : CKE, c.session.resuming = !1, tls.createSecurityParameters(c, msg)), c.open = !0, tls.queue(c, tls.createRecord(c, {
          type: tls.ContentType.handshake,
          data: tls.createServerHello(c)
        })), c.session.resuming ? (tls.queue(c, tls.createRecord(c, {
          type: tls.ContentType.change_cipher_spec,
          data: tls.createChangeCipherSpec()
        })), c.state.pending = tls.createConnectionState(c), c.state.current.write = c.state.pending.write, tls.queue(c, tls.createRecord(c, {
          type: tls.ContentType.handshake,
          data: tls.createFinished(c)
        }))) : (tls.queue(c, tls.createRecord(c, {
          type: tls.ContentType.handshake,
          data: tls.createCertificate(c)
        })), c.fail || (tls.queue(c, tls.createRecord(c, {
          type: tls.ContentType.handshake,
          data: tls.createServerKeyExchange(c)
        })), c.verifyClient !== !1 && tls.queue(c, tls.createRecord(c, {
          type: tls.ContentType.handshake,
          data: tls.createCertificateRequest(c)
        })), tls.queue(c, tls.createRecord(c, {
          type: tls.ContentType.handshake,
          data: tls.createServerHelloDone(c)
        })))), tls.flush(c), c.process();
      }
    };
    tls.handleCertificate = function(c, record, length) {
      if (length < 3)
        return c.error(c, {
          message: "Invalid Certificate message. Message too short.",
          send: !0,
          alert: {
            level: tls.Alert.Level.fatal,
            description: tls.Alert.Description.illegal_parameter
          }
        });
      var b = record.fragment, msg = {
        certificate_list: readVector(b, 3)
      }, cert, asn1, certs = [];
      try {
        for (; msg.certificate_list.length() > 0; )
          cert = readVector(msg.certificate_list, 3), asn1 = forge3.asn1.fromDer(cert), cert = forge3.pki.certificateFromAsn1(asn1, !0), certs.push(cert);
      } catch (ex) {
        return c.error(c, {
          message: "Could not parse certificate list.",
          cause: ex,
          send: !0,
          alert: {
            level: tls.Alert.Level.fatal,
            description: tls.Alert.Description.bad_certificate
          }
        });
      }
      var client = c.entity === tls.ConnectionEnd.client;
      (client || c.verifyClient === !0) && certs.length === 0 ? c.error(c, {
        message: client ? "No server certificate provided." : "No client certificate provided.",
        send: !0,
        alert: {
          level: tls.Alert.Level.fatal,
          description: tls.Alert.Description.illegal_parameter
        }
      }) : certs.length === 0 ? c.expect = client ? SKE : CKE : (client ? c.session.serverCertificate = certs[0] : c.session.clientCertificate = certs[0], tls.verifyCertificateChain(c, certs) && (c.expect = client ? SKE : CKE)), c.process();
    };
    tls.handleServerKeyExchange = function(c, record, length) {
      if (length > 0)
        return c.error(c, {
          message: "Invalid key parameters. Only RSA is supported.",
          send: !0,
          alert: {
            level: tls.Alert.Level.fatal,
            description: tls.Alert.Description.unsupported_certificate
          }
        });
      c.expect = SCR, c.process();
    };
    tls.handleClientKeyExchange = function(c, record, length) {
      if (length < 48)
        return c.error(c, {
          message: "Invalid key parameters. Only RSA is supported.",
          send: !0,
          alert: {
            level: tls.Alert.Level.fatal,
            description: tls.Alert.Description.unsupported_certificate
          }
        });
      var b = record.fragment, msg = {
        enc_pre_master_secret: readVector(b, 2).getBytes()
      }, privateKey = null;
      if (c.getPrivateKey)
        try {
          privateKey = c.getPrivateKey(c, c.session.serverCertificate), privateKey = forge3.pki.privateKeyFromPem(privateKey);
        } catch (ex) {
          c.error(c, {
            message: "Could not get private key.",
            cause: ex,
            send: !0,
            alert: {
              level: tls.Alert.Level.fatal,
              description: tls.Alert.Description.internal_error
            }
          });
        }
      if (privateKey === null)
        return c.error(c, {
          message: "No private key set.",
          send: !0,
          alert: {
            level: tls.Alert.Level.fatal,
            description: tls.Alert.Description.internal_error
          }
        });
      try {
        var sp = c.session.sp;
        sp.pre_master_secret = privateKey.decrypt(msg.enc_pre_master_secret);
        var version = c.session.clientHelloVersion;
        if (version.major !== sp.pre_master_secret.charCodeAt(0) || version.minor !== sp.pre_master_secret.charCodeAt(1))
          throw new Error("TLS version rollback attack detected.");
      } catch {
        sp.pre_master_secret = forge3.random.getBytes(48);
      }
      c.expect = CCC, c.session.clientCertificate !== null && (c.expect = CCV), c.process();
    };
    tls.handleCertificateRequest = function(c, record, length) {
      if (length < 3)
        return c.error(c, {
          message: "Invalid CertificateRequest. Message too short.",
          send: !0,
          alert: {
            level: tls.Alert.Level.fatal,
            description: tls.Alert.Description.illegal_parameter
          }
        });
      var b = record.fragment, msg = {
        certificate_types: readVector(b, 1),
        certificate_authorities: readVector(b, 2)
      };
      c.session.certificateRequest = msg, c.expect = SHD, c.process();
    };
    tls.handleCertificateVerify = function(c, record, length) {
      if (length < 2)
        return c.error(c, {
          message: "Invalid CertificateVerify. Message too short.",
          send: !0,
          alert: {
            level: tls.Alert.Level.fatal,
            description: tls.Alert.Description.illegal_parameter
          }
        });
      var b = record.fragment;
      b.read -= 4;
      var msgBytes = b.bytes();
      b.read += 4;
      var msg = {
        signature: readVector(b, 2).getBytes()
      }, verify = forge3.util.createBuffer();
      verify.putBuffer(c.session.md5.digest()), verify.putBuffer(c.session.sha1.digest()), verify = verify.getBytes();
      try {
        var cert = c.session.clientCertificate;
        if (!cert.publicKey.verify(verify, msg.signature, "NONE"))
          throw new Error("CertificateVerify signature does not match.");
        c.session.md5.update(msgBytes), c.session.sha1.update(msgBytes);
      } catch {
        return c.error(c, {
          message: "Bad signature in CertificateVerify.",
          send: !0,
          alert: {
            level: tls.Alert.Level.fatal,
            description: tls.Alert.Description.handshake_failure
          }
        });
      }
      c.expect = CCC, c.process();
    };
    tls.handleServerHelloDone = function(c, record, length) {
      if (length > 0)
        return c.error(c, {
          message: "Invalid ServerHelloDone message. Invalid length.",
          send: !0,
          alert: {
            level: tls.Alert.Level.fatal,
            description: tls.Alert.Description.record_overflow
          }
        });
      if (c.session.serverCertificate === null) {
        var error = {
          message: "No server certificate provided. Not enough security.",
          send: !0,
          alert: {
            level: tls.Alert.Level.fatal,
            description: tls.Alert.Description.insufficient_security
          }
        }, depth = 0, ret = c.verify(c, error.alert.description, depth, []);
        return ret !== !0 && (ret || ret === 0) && (typeof ret == "object" && !forge3.util.isArray(ret) ? (ret.message && (error.message = ret.message), ret.alert && (error.alert.description = ret.alert)) : typeof ret == "number" && (error.alert.description = ret)), c.error(c, error);
      }
      c.session.certificateRequest !== null && (record = tls.createRecord(c, {
        type: tls.ContentType.handshake,
        data: tls.createCertificate(c)
      }), tls.queue(c, record)), record = tls.createRecord(c, {
        type: tls.ContentType.handshake,
        data: tls.createClientKeyExchange(c)
      }), tls.queue(c, record), c.expect = SER;
      var callback = function(c2, signature) {
        c2.session.certificateRequest !== null && c2.session.clientCertificate !== null && tls.queue(c2, tls.createRecord(c2, {
          type: tls.ContentType.handshake,
          data: tls.createCertificateVerify(c2, signature)
        })), tls.queue(c2, tls.createRecord(c2, {
          type: tls.ContentType.change_cipher_spec,
          data: tls.createChangeCipherSpec()
        })), c2.state.pending = tls.createConnectionState(c2), c2.state.current.write = c2.state.pending.write, tls.queue(c2, tls.createRecord(c2, {
          type: tls.ContentType.handshake,
          data: tls.createFinished(c2)
        })), c2.expect = SCC, tls.flush(c2), c2.process();
      };
      if (c.session.certificateRequest === null || c.session.clientCertificate === null)
        return callback(c, null);
      tls.getClientSignature(c, callback);
    };
    tls.handleChangeCipherSpec = function(c, record) {
      if (record.fragment.getByte() !== 1)
        return c.error(c, {
          message: "Invalid ChangeCipherSpec message received.",
          send: !0,
          alert: {
            level: tls.Alert.Level.fatal,
            description: tls.Alert.Description.illegal_parameter
          }
        });
      var client = c.entity === tls.ConnectionEnd.client;
      (c.session.resuming && client || !c.session.resuming && !client) && (c.state.pending = tls.createConnectionState(c)), c.state.current.read = c.state.pending.read, (!c.session.resuming && client || c.session.resuming && !client) && (c.state.pending = null), c.expect = client ? SFI : CFI, c.process();
    };
    tls.handleFinished = function(c, record, length) {
      var b = record.fragment;
      b.read -= 4;
      var msgBytes = b.bytes();
      b.read += 4;
      var vd = record.fragment.getBytes();
      b = forge3.util.createBuffer(), b.putBuffer(c.session.md5.digest()), b.putBuffer(c.session.sha1.digest());
      var client = c.entity === tls.ConnectionEnd.client, label = client ? "server finished" : "client finished", sp = c.session.sp, vdl = 12, prf = prf_TLS1;
      if (b = prf(sp.master_secret, label, b.getBytes(), vdl), b.getBytes() !== vd)
        return c.error(c, {
          message: "Invalid verify_data in Finished message.",
          send: !0,
          alert: {
            level: tls.Alert.Level.fatal,
            description: tls.Alert.Description.decrypt_error
          }
        });
      c.session.md5.update(msgBytes), c.session.sha1.update(msgBytes), (c.session.resuming && client || !c.session.resuming && !client) && (tls.queue(c, tls.createRecord(c, {
        type: tls.ContentType.change_cipher_spec,
        data: tls.createChangeCipherSpec()
      })), c.state.current.write = c.state.pending.write, c.state.pending = null, tls.queue(c, tls.createRecord(c, {
        type: tls.ContentType.handshake,
        data: tls.createFinished(c)
      }))), c.expect = client ? SAD : CAD, c.handshaking = !1, ++c.handshakes, c.peerCertificate = client ? c.session.serverCertificate : c.session.clientCertificate, tls.flush(c), c.isConnected = !0, c.connected(c), c.process();
    };
    tls.handleAlert = function(c, record) {
      var b = record.fragment, alert = {
        level: b.getByte(),
        description: b.getByte()
      }, msg;
      switch (alert.description) {
        case tls.Alert.Description.close_notify:
          msg = "Connection closed.";
          break;
        case tls.Alert.Description.unexpected_message:
          msg = "Unexpected message.";
          break;
        case tls.Alert.Description.bad_record_mac:
          msg = "Bad record MAC.";
          break;
        case tls.Alert.Description.decryption_failed:
          msg = "Decryption failed.";
          break;
        case tls.Alert.Description.record_overflow:
          msg = "Record overflow.";
          break;
        case tls.Alert.Description.decompression_failure:
          msg = "Decompression failed.";
          break;
        case tls.Alert.Description.handshake_failure:
          msg = "Handshake failure.";
          break;
        case tls.Alert.Description.bad_certificate:
          msg = "Bad certificate.";
          break;
        case tls.Alert.Description.unsupported_certificate:
          msg = "Unsupported certificate.";
          break;
        case tls.Alert.Description.certificate_revoked:
          msg = "Certificate revoked.";
          break;
        case tls.Alert.Description.certificate_expired:
          msg = "Certificate expired.";
          break;
        case tls.Alert.Description.certificate_unknown:
          msg = "Certificate unknown.";
          break;
        case tls.Alert.Description.illegal_parameter:
          msg = "Illegal parameter.";
          break;
        case tls.Alert.Description.unknown_ca:
          msg = "Unknown certificate authority.";
          break;
        case tls.Alert.Description.access_denied:
          msg = "Access denied.";
          break;
        case tls.Alert.Description.decode_error:
          msg = "Decode error.";
          break;
        case tls.Alert.Description.decrypt_error:
          msg = "Decrypt error.";
          break;
        case tls.Alert.Description.export_restriction:
          msg = "Export restriction.";
          break;
        case tls.Alert.Description.protocol_version:
          msg = "Unsupported protocol version.";
          break;
        case tls.Alert.Description.insufficient_security:
          msg = "Insufficient security.";
          break;
        case tls.Alert.Description.internal_error:
          msg = "Internal error.";
          break;
        case tls.Alert.Description.user_canceled:
          msg = "User canceled.";
          break;
        case tls.Alert.Description.no_renegotiation:
          msg = "Renegotiation not supported.";
          break;
        default:
          msg = "Unknown error.";
          break;
      }
      if (alert.description === tls.Alert.Description.close_notify)
        return c.close();
      c.error(c, {
        message: msg,
        send: !1,
        // origin is the opposite end
        origin: c.entity === tls.ConnectionEnd.client ? "server" : "client",
        alert
      }), c.process();
    };
    tls.handleHandshake = function(c, record) {
      var b = record.fragment, type = b.getByte(), length = b.getInt24();
      if (length > b.length())
        return c.fragmented = record, record.fragment = forge3.util.createBuffer(), b.read -= 4, c.process();
      c.fragmented = null, b.read -= 4;
      var bytes = b.bytes(length + 4);
      b.read += 4, type in hsTable[c.entity][c.expect] && (c.session || c.entity === tls.ConnectionEnd.server) ? (c.entity === tls.ConnectionEnd.server && !c.open && !c.fail && (c.handshaking = !0, c.session = {
        version: null,
        extensions: {
          server_name: {
            serverNameList: []
          }
        },
        cipherSuite: null,
        compressionMethod: null,
        serverCertificate: null,
        clientCertificate: null,
        md5: forge3.md.md5.create(),
        sha1: forge3.md.sha1.create()
      }), type !== tls.HandshakeType.hello_request && type !== tls.HandshakeType.certificate_verify && type !== tls.HandshakeType.finished && (c.session.md5.update(bytes), c.session.sha1.update(bytes)), hsTable[c.entity][c.expect][type](c, record, length)) : tls.handleUnexpected(c, record);
    };
    tls.handleApplicationData = function(c, record) {
      c.data.putBuffer(record.fragment), c.dataReady(c), c.process();
    };
    tls.handleHeartbeat = function(c, record) {
      var b = record.fragment, type = b.getByte(), length = b.getInt16(), payload = b.getBytes(length);
      if (type === tls.HeartbeatMessageType.heartbeat_request) {
        if (c.handshakes === 0 || c.handshaking || length > payload.length)
          return c.process();
        tls.queue(c, tls.createRecord(c, {
          type: tls.ContentType.heartbeat,
          data: tls.createHeartbeat(
            tls.HeartbeatMessageType.heartbeat_response,
            payload
          )
        })), tls.flush(c);
      } else if (type === tls.HeartbeatMessageType.heartbeat_response) {
        if (payload !== c.expectedHeartbeatPayload)
          return c.process();
        c.heartbeatReceived && c.heartbeatReceived(c, forge3.util.createBuffer(payload));
      }
      c.process();
    };
    var SHE = 0, SCE = 1, SKE = 2, SCR = 3, SHD = 4, SCC = 5, SFI = 6, SAD = 7, SER = 8, CHE = 0, CCE = 1, CKE = 2, CCV = 3, CCC = 4, CFI = 5, CAD = 6, __ = tls.handleUnexpected, R0 = tls.handleChangeCipherSpec, R1 = tls.handleAlert, R2 = tls.handleHandshake, R3 = tls.handleApplicationData, R4 = tls.handleHeartbeat, ctTable = [];
    ctTable[tls.ConnectionEnd.client] = [
      //      CC,AL,HS,AD,HB
      /*SHE*/
      [__, R1, R2, __, R4],
      /*SCE*/
      [__, R1, R2, __, R4],
      /*SKE*/
      [__, R1, R2, __, R4],
      /*SCR*/
      [__, R1, R2, __, R4],
      /*SHD*/
      [__, R1, R2, __, R4],
      /*SCC*/
      [R0, R1, __, __, R4],
      /*SFI*/
      [__, R1, R2, __, R4],
      /*SAD*/
      [__, R1, R2, R3, R4],
      /*SER*/
      [__, R1, R2, __, R4]
    ];
    ctTable[tls.ConnectionEnd.server] = [
      //      CC,AL,HS,AD
      /*CHE*/
      [__, R1, R2, __, R4],
      /*CCE*/
      [__, R1, R2, __, R4],
      /*CKE*/
      [__, R1, R2, __, R4],
      /*CCV*/
      [__, R1, R2, __, R4],
      /*CCC*/
      [R0, R1, __, __, R4],
      /*CFI*/
      [__, R1, R2, __, R4],
      /*CAD*/
      [__, R1, R2, R3, R4],
      /*CER*/
      [__, R1, R2, __, R4]
    ];
    var H0 = tls.handleHelloRequest, H1 = tls.handleServerHello, H2 = tls.handleCertificate, H3 = tls.handleServerKeyExchange, H4 = tls.handleCertificateRequest, H5 = tls.handleServerHelloDone, H6 = tls.handleFinished, hsTable = [];
    hsTable[tls.ConnectionEnd.client] = [
      //      HR,01,SH,03,04,05,06,07,08,09,10,SC,SK,CR,HD,15,CK,17,18,19,FI
      /*SHE*/
      [__, __, H1, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __],
      /*SCE*/
      [H0, __, __, __, __, __, __, __, __, __, __, H2, H3, H4, H5, __, __, __, __, __, __],
      /*SKE*/
      [H0, __, __, __, __, __, __, __, __, __, __, __, H3, H4, H5, __, __, __, __, __, __],
      /*SCR*/
      [H0, __, __, __, __, __, __, __, __, __, __, __, __, H4, H5, __, __, __, __, __, __],
      /*SHD*/
      [H0, __, __, __, __, __, __, __, __, __, __, __, __, __, H5, __, __, __, __, __, __],
      /*SCC*/
      [H0, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __],
      /*SFI*/
      [H0, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, H6],
      /*SAD*/
      [H0, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __],
      /*SER*/
      [H0, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __]
    ];
    var H7 = tls.handleClientHello, H8 = tls.handleClientKeyExchange, H9 = tls.handleCertificateVerify;
    hsTable[tls.ConnectionEnd.server] = [
      //      01,CH,02,03,04,05,06,07,08,09,10,CC,12,13,14,CV,CK,17,18,19,FI
      /*CHE*/
      [__, H7, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __],
      /*CCE*/
      [__, __, __, __, __, __, __, __, __, __, __, H2, __, __, __, __, __, __, __, __, __],
      /*CKE*/
      [__, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, H8, __, __, __, __],
      /*CCV*/
      [__, __, __, __, __, __, __, __, __, __, __, __, __, __, __, H9, __, __, __, __, __],
      /*CCC*/
      [__, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __],
      /*CFI*/
      [__, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, H6],
      /*CAD*/
      [__, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __],
      /*CER*/
      [__, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __]
    ];
    tls.generateKeys = function(c, sp) {
      var prf = prf_TLS1, random = sp.client_random + sp.server_random;
      c.session.resuming || (sp.master_secret = prf(
        sp.pre_master_secret,
        "master secret",
        random,
        48
      ).bytes(), sp.pre_master_secret = null), random = sp.server_random + sp.client_random;
      var length = 2 * sp.mac_key_length + 2 * sp.enc_key_length, tls10 = c.version.major === tls.Versions.TLS_1_0.major && c.version.minor === tls.Versions.TLS_1_0.minor;
      tls10 && (length += 2 * sp.fixed_iv_length);
      var km = prf(sp.master_secret, "key expansion", random, length), rval = {
        client_write_MAC_key: km.getBytes(sp.mac_key_length),
        server_write_MAC_key: km.getBytes(sp.mac_key_length),
        client_write_key: km.getBytes(sp.enc_key_length),
        server_write_key: km.getBytes(sp.enc_key_length)
      };
      return tls10 && (rval.client_write_IV = km.getBytes(sp.fixed_iv_length), rval.server_write_IV = km.getBytes(sp.fixed_iv_length)), rval;
    };
    tls.createConnectionState = function(c) {
      var client = c.entity === tls.ConnectionEnd.client, createMode = function() {
        var mode = {
          // two 32-bit numbers, first is most significant
          sequenceNumber: [0, 0],
          macKey: null,
          macLength: 0,
          macFunction: null,
          cipherState: null,
          cipherFunction: function(record) {
            return !0;
          },
          compressionState: null,
          compressFunction: function(record) {
            return !0;
          },
          updateSequenceNumber: function() {
            mode.sequenceNumber[1] === 4294967295 ? (mode.sequenceNumber[1] = 0, ++mode.sequenceNumber[0]) : ++mode.sequenceNumber[1];
          }
        };
        return mode;
      }, state = {
        read: createMode(),
        write: createMode()
      };
      if (state.read.update = function(c2, record) {
        return state.read.cipherFunction(record, state.read) ? state.read.compressFunction(c2, record, state.read) || c2.error(c2, {
          message: "Could not decompress record.",
          send: !0,
          alert: {
            level: tls.Alert.Level.fatal,
            description: tls.Alert.Description.decompression_failure
          }
        }) : c2.error(c2, {
          message: "Could not decrypt record or bad MAC.",
          send: !0,
          alert: {
            level: tls.Alert.Level.fatal,
            // doesn't matter if decryption failed or MAC was
            // invalid, return the same error so as not to reveal
            // which one occurred
            description: tls.Alert.Description.bad_record_mac
          }
        }), !c2.fail;
      }, state.write.update = function(c2, record) {
        return state.write.compressFunction(c2, record, state.write) ? state.write.cipherFunction(record, state.write) || c2.error(c2, {
          message: "Could not encrypt record.",
          send: !1,
          alert: {
            level: tls.Alert.Level.fatal,
            description: tls.Alert.Description.internal_error
          }
        }) : c2.error(c2, {
          message: "Could not compress record.",
          send: !1,
          alert: {
            level: tls.Alert.Level.fatal,
            description: tls.Alert.Description.internal_error
          }
        }), !c2.fail;
      }, c.session) {
        var sp = c.session.sp;
        switch (c.session.cipherSuite.initSecurityParameters(sp), sp.keys = tls.generateKeys(c, sp), state.read.macKey = client ? sp.keys.server_write_MAC_key : sp.keys.client_write_MAC_key, state.write.macKey = client ? sp.keys.client_write_MAC_key : sp.keys.server_write_MAC_key, c.session.cipherSuite.initConnectionState(state, c, sp), sp.compression_algorithm) {
          case tls.CompressionMethod.none:
            break;
          case tls.CompressionMethod.deflate:
            state.read.compressFunction = inflate, state.write.compressFunction = deflate;
            break;
          default:
            throw new Error("Unsupported compression algorithm.");
        }
      }
      return state;
    };
    tls.createRandom = function() {
      var d = /* @__PURE__ */ new Date(), utc = +d + d.getTimezoneOffset() * 6e4, rval = forge3.util.createBuffer();
      return rval.putInt32(utc), rval.putBytes(forge3.random.getBytes(28)), rval;
    };
    tls.createRecord = function(c, options) {
      if (!options.data)
        return null;
      var record = {
        type: options.type,
        version: {
          major: c.version.major,
          minor: c.version.minor
        },
        length: options.data.length(),
        fragment: options.data
      };
      return record;
    };
    tls.createAlert = function(c, alert) {
      var b = forge3.util.createBuffer();
      return b.putByte(alert.level), b.putByte(alert.description), tls.createRecord(c, {
        type: tls.ContentType.alert,
        data: b
      });
    };
    tls.createClientHello = function(c) {
      c.session.clientHelloVersion = {
        major: c.version.major,
        minor: c.version.minor
      };
      for (var cipherSuites = forge3.util.createBuffer(), i = 0; i < c.cipherSuites.length; ++i) {
        var cs = c.cipherSuites[i];
        cipherSuites.putByte(cs.id[0]), cipherSuites.putByte(cs.id[1]);
      }
      var cSuites = cipherSuites.length(), compressionMethods = forge3.util.createBuffer();
      compressionMethods.putByte(tls.CompressionMethod.none);
      var cMethods = compressionMethods.length(), extensions = forge3.util.createBuffer();
      if (c.virtualHost) {
        var ext = forge3.util.createBuffer();
        ext.putByte(0), ext.putByte(0);
        var serverName = forge3.util.createBuffer();
        serverName.putByte(0), writeVector(serverName, 2, forge3.util.createBuffer(c.virtualHost));
        var snList = forge3.util.createBuffer();
        writeVector(snList, 2, serverName), writeVector(ext, 2, snList), extensions.putBuffer(ext);
      }
      var extLength = extensions.length();
      extLength > 0 && (extLength += 2);
      var sessionId = c.session.id, length = sessionId.length + 1 + // session ID vector
      2 + // version (major + minor)
      4 + 28 + // random time and random bytes
      2 + cSuites + // cipher suites vector
      1 + cMethods + // compression methods vector
      extLength, rval = forge3.util.createBuffer();
      return rval.putByte(tls.HandshakeType.client_hello), rval.putInt24(length), rval.putByte(c.version.major), rval.putByte(c.version.minor), rval.putBytes(c.session.sp.client_random), writeVector(rval, 1, forge3.util.createBuffer(sessionId)), writeVector(rval, 2, cipherSuites), writeVector(rval, 1, compressionMethods), extLength > 0 && writeVector(rval, 2, extensions), rval;
    };
    tls.createServerHello = function(c) {
      var sessionId = c.session.id, length = sessionId.length + 1 + // session ID vector
      2 + // version (major + minor)
      4 + 28 + // random time and random bytes
      2 + // chosen cipher suite
      1, rval = forge3.util.createBuffer();
      return rval.putByte(tls.HandshakeType.server_hello), rval.putInt24(length), rval.putByte(c.version.major), rval.putByte(c.version.minor), rval.putBytes(c.session.sp.server_random), writeVector(rval, 1, forge3.util.createBuffer(sessionId)), rval.putByte(c.session.cipherSuite.id[0]), rval.putByte(c.session.cipherSuite.id[1]), rval.putByte(c.session.compressionMethod), rval;
    };
    tls.createCertificate = function(c) {
      var client = c.entity === tls.ConnectionEnd.client, cert = null;
      if (c.getCertificate) {
        var hint;
        client ? hint = c.session.certificateRequest : hint = c.session.extensions.server_name.serverNameList, cert = c.getCertificate(c, hint);
      }
      var certList = forge3.util.createBuffer();
      if (cert !== null)
        try {
          forge3.util.isArray(cert) || (cert = [cert]);
          for (var asn1 = null, i = 0; i < cert.length; ++i) {
            var msg = forge3.pem.decode(cert[i])[0];
            if (msg.type !== "CERTIFICATE" && msg.type !== "X509 CERTIFICATE" && msg.type !== "TRUSTED CERTIFICATE") {
              var error = new Error('Could not convert certificate from PEM; PEM header type is not "CERTIFICATE", "X509 CERTIFICATE", or "TRUSTED CERTIFICATE".');
              throw error.headerType = msg.type, error;
            }
            if (msg.procType && msg.procType.type === "ENCRYPTED")
              throw new Error("Could not convert certificate from PEM; PEM is encrypted.");
            var der = forge3.util.createBuffer(msg.body);
            asn1 === null && (asn1 = forge3.asn1.fromDer(der.bytes(), !1));
            var certBuffer = forge3.util.createBuffer();
            writeVector(certBuffer, 3, der), certList.putBuffer(certBuffer);
          }
          cert = forge3.pki.certificateFromAsn1(asn1), client ? c.session.clientCertificate = cert : c.session.serverCertificate = cert;
        } catch (ex) {
          return c.error(c, {
            message: "Could not send certificate list.",
            cause: ex,
            send: !0,
            alert: {
              level: tls.Alert.Level.fatal,
              description: tls.Alert.Description.bad_certificate
            }
          });
        }
      var length = 3 + certList.length(), rval = forge3.util.createBuffer();
      return rval.putByte(tls.HandshakeType.certificate), rval.putInt24(length), writeVector(rval, 3, certList), rval;
    };
    tls.createClientKeyExchange = function(c) {
      var b = forge3.util.createBuffer();
      b.putByte(c.session.clientHelloVersion.major), b.putByte(c.session.clientHelloVersion.minor), b.putBytes(forge3.random.getBytes(46));
      var sp = c.session.sp;
      sp.pre_master_secret = b.getBytes();
      var key2 = c.session.serverCertificate.publicKey;
      b = key2.encrypt(sp.pre_master_secret);
      var length = b.length + 2, rval = forge3.util.createBuffer();
      return rval.putByte(tls.HandshakeType.client_key_exchange), rval.putInt24(length), rval.putInt16(b.length), rval.putBytes(b), rval;
    };
    tls.createServerKeyExchange = function(c) {
      var length = 0, rval = forge3.util.createBuffer();
      return length > 0 && (rval.putByte(tls.HandshakeType.server_key_exchange), rval.putInt24(length)), rval;
    };
    tls.getClientSignature = function(c, callback) {
      var b = forge3.util.createBuffer();
      b.putBuffer(c.session.md5.digest()), b.putBuffer(c.session.sha1.digest()), b = b.getBytes(), c.getSignature = c.getSignature || function(c2, b2, callback2) {
        var privateKey = null;
        if (c2.getPrivateKey)
          try {
            privateKey = c2.getPrivateKey(c2, c2.session.clientCertificate), privateKey = forge3.pki.privateKeyFromPem(privateKey);
          } catch (ex) {
            c2.error(c2, {
              message: "Could not get private key.",
              cause: ex,
              send: !0,
              alert: {
                level: tls.Alert.Level.fatal,
                description: tls.Alert.Description.internal_error
              }
            });
          }
        privateKey === null ? c2.error(c2, {
          message: "No private key set.",
          send: !0,
          alert: {
            level: tls.Alert.Level.fatal,
            description: tls.Alert.Description.internal_error
          }
        }) : b2 = privateKey.sign(b2, null), callback2(c2, b2);
      }, c.getSignature(c, b, callback);
    };
    tls.createCertificateVerify = function(c, signature) {
      var length = signature.length + 2, rval = forge3.util.createBuffer();
      return rval.putByte(tls.HandshakeType.certificate_verify), rval.putInt24(length), rval.putInt16(signature.length), rval.putBytes(signature), rval;
    };
    tls.createCertificateRequest = function(c) {
      var certTypes = forge3.util.createBuffer();
      certTypes.putByte(1);
      var cAs = forge3.util.createBuffer();
      for (var key2 in c.caStore.certs) {
        var cert = c.caStore.certs[key2], dn = forge3.pki.distinguishedNameToAsn1(cert.subject), byteBuffer = forge3.asn1.toDer(dn);
        cAs.putInt16(byteBuffer.length()), cAs.putBuffer(byteBuffer);
      }
      var length = 1 + certTypes.length() + 2 + cAs.length(), rval = forge3.util.createBuffer();
      return rval.putByte(tls.HandshakeType.certificate_request), rval.putInt24(length), writeVector(rval, 1, certTypes), writeVector(rval, 2, cAs), rval;
    };
    tls.createServerHelloDone = function(c) {
      var rval = forge3.util.createBuffer();
      return rval.putByte(tls.HandshakeType.server_hello_done), rval.putInt24(0), rval;
    };
    tls.createChangeCipherSpec = function() {
      var rval = forge3.util.createBuffer();
      return rval.putByte(1), rval;
    };
    tls.createFinished = function(c) {
      var b = forge3.util.createBuffer();
      b.putBuffer(c.session.md5.digest()), b.putBuffer(c.session.sha1.digest());
      var client = c.entity === tls.ConnectionEnd.client, sp = c.session.sp, vdl = 12, prf = prf_TLS1, label = client ? "client finished" : "server finished";
      b = prf(sp.master_secret, label, b.getBytes(), vdl);
      var rval = forge3.util.createBuffer();
      return rval.putByte(tls.HandshakeType.finished), rval.putInt24(b.length()), rval.putBuffer(b), rval;
    };
    tls.createHeartbeat = function(type, payload, payloadLength) {
      typeof payloadLength > "u" && (payloadLength = payload.length);
      var rval = forge3.util.createBuffer();
      rval.putByte(type), rval.putInt16(payloadLength), rval.putBytes(payload);
      var plaintextLength = rval.length(), paddingLength = Math.max(16, plaintextLength - payloadLength - 3);
      return rval.putBytes(forge3.random.getBytes(paddingLength)), rval;
    };
    tls.queue = function(c, record) {
      if (record && !(record.fragment.length() === 0 && (record.type === tls.ContentType.handshake || record.type === tls.ContentType.alert || record.type === tls.ContentType.change_cipher_spec))) {
        if (record.type === tls.ContentType.handshake) {
          var bytes = record.fragment.bytes();
          c.session.md5.update(bytes), c.session.sha1.update(bytes), bytes = null;
        }
        var records;
        if (record.fragment.length() <= tls.MaxFragment)
          records = [record];
        else {
          records = [];
          for (var data = record.fragment.bytes(); data.length > tls.MaxFragment; )
            records.push(tls.createRecord(c, {
              type: record.type,
              data: forge3.util.createBuffer(data.slice(0, tls.MaxFragment))
            })), data = data.slice(tls.MaxFragment);
          data.length > 0 && records.push(tls.createRecord(c, {
            type: record.type,
            data: forge3.util.createBuffer(data)
          }));
        }
        for (var i = 0; i < records.length && !c.fail; ++i) {
          var rec = records[i], s = c.state.current.write;
          s.update(c, rec) && c.records.push(rec);
        }
      }
    };
    tls.flush = function(c) {
      for (var i = 0; i < c.records.length; ++i) {
        var record = c.records[i];
        c.tlsData.putByte(record.type), c.tlsData.putByte(record.version.major), c.tlsData.putByte(record.version.minor), c.tlsData.putInt16(record.fragment.length()), c.tlsData.putBuffer(c.records[i].fragment);
      }
      return c.records = [], c.tlsDataReady(c);
    };
    var _certErrorToAlertDesc = function(error) {
      switch (error) {
        case !0:
          return !0;
        case forge3.pki.certificateError.bad_certificate:
          return tls.Alert.Description.bad_certificate;
        case forge3.pki.certificateError.unsupported_certificate:
          return tls.Alert.Description.unsupported_certificate;
        case forge3.pki.certificateError.certificate_revoked:
          return tls.Alert.Description.certificate_revoked;
        case forge3.pki.certificateError.certificate_expired:
          return tls.Alert.Description.certificate_expired;
        case forge3.pki.certificateError.certificate_unknown:
          return tls.Alert.Description.certificate_unknown;
        case forge3.pki.certificateError.unknown_ca:
          return tls.Alert.Description.unknown_ca;
        default:
          return tls.Alert.Description.bad_certificate;
      }
    }, _alertDescToCertError = function(desc) {
      switch (desc) {
        case !0:
          return !0;
        case tls.Alert.Description.bad_certificate:
          return forge3.pki.certificateError.bad_certificate;
        case tls.Alert.Description.unsupported_certificate:
          return forge3.pki.certificateError.unsupported_certificate;
        case tls.Alert.Description.certificate_revoked:
          return forge3.pki.certificateError.certificate_revoked;
        case tls.Alert.Description.certificate_expired:
          return forge3.pki.certificateError.certificate_expired;
        case tls.Alert.Description.certificate_unknown:
          return forge3.pki.certificateError.certificate_unknown;
        case tls.Alert.Description.unknown_ca:
          return forge3.pki.certificateError.unknown_ca;
        default:
          return forge3.pki.certificateError.bad_certificate;
      }
    };
    tls.verifyCertificateChain = function(c, chain) {
      try {
        var options = {};
        for (var key2 in c.verifyOptions)
          options[key2] = c.verifyOptions[key2];
        options.verify = function(vfd, depth, chain2) {
          var desc = _certErrorToAlertDesc(vfd), ret = c.verify(c, vfd, depth, chain2);
          if (ret !== !0) {
            if (typeof ret == "object" && !forge3.util.isArray(ret)) {
              var error = new Error("The application rejected the certificate.");
              throw error.send = !0, error.alert = {
                level: tls.Alert.Level.fatal,
                description: tls.Alert.Description.bad_certificate
              }, ret.message && (error.message = ret.message), ret.alert && (error.alert.description = ret.alert), error;
            }
            ret !== vfd && (ret = _alertDescToCertError(ret));
          }
          return ret;
        }, forge3.pki.verifyCertificateChain(c.caStore, chain, options);
      } catch (ex) {
        var err = ex;
        (typeof err != "object" || forge3.util.isArray(err)) && (err = {
          send: !0,
          alert: {
            level: tls.Alert.Level.fatal,
            description: _certErrorToAlertDesc(ex)
          }
        }), "send" in err || (err.send = !0), "alert" in err || (err.alert = {
          level: tls.Alert.Level.fatal,
          description: _certErrorToAlertDesc(err.error)
        }), c.error(c, err);
      }
      return !c.fail;
    };
    tls.createSessionCache = function(cache, capacity) {
      var rval = null;
      if (cache && cache.getSession && cache.setSession && cache.order)
        rval = cache;
      else {
        rval = {}, rval.cache = cache || {}, rval.capacity = Math.max(capacity || 100, 1), rval.order = [];
        for (var key2 in cache)
          rval.order.length <= capacity ? rval.order.push(key2) : delete cache[key2];
        rval.getSession = function(sessionId) {
          var session = null, key3 = null;
          if (sessionId ? key3 = forge3.util.bytesToHex(sessionId) : rval.order.length > 0 && (key3 = rval.order[0]), key3 !== null && key3 in rval.cache) {
            session = rval.cache[key3], delete rval.cache[key3];
            for (var i in rval.order)
              if (rval.order[i] === key3) {
                rval.order.splice(i, 1);
                break;
              }
          }
          return session;
        }, rval.setSession = function(sessionId, session) {
          if (rval.order.length === rval.capacity) {
            var key3 = rval.order.shift();
            delete rval.cache[key3];
          }
          var key3 = forge3.util.bytesToHex(sessionId);
          rval.order.push(key3), rval.cache[key3] = session;
        };
      }
      return rval;
    };
    tls.createConnection = function(options) {
      var caStore = null;
      options.caStore ? forge3.util.isArray(options.caStore) ? caStore = forge3.pki.createCaStore(options.caStore) : caStore = options.caStore : caStore = forge3.pki.createCaStore();
      var cipherSuites = options.cipherSuites || null;
      if (cipherSuites === null) {
        cipherSuites = [];
        for (var key2 in tls.CipherSuites)
          cipherSuites.push(tls.CipherSuites[key2]);
      }
      var entity = options.server ? tls.ConnectionEnd.server : tls.ConnectionEnd.client, sessionCache = options.sessionCache ? tls.createSessionCache(options.sessionCache) : null, c = {
        version: { major: tls.Version.major, minor: tls.Version.minor },
        entity,
        sessionId: options.sessionId,
        caStore,
        sessionCache,
        cipherSuites,
        connected: options.connected,
        virtualHost: options.virtualHost || null,
        verifyClient: options.verifyClient || !1,
        verify: options.verify || function(cn, vfd, dpth, cts) {
          return vfd;
        },
        verifyOptions: options.verifyOptions || {},
        getCertificate: options.getCertificate || null,
        getPrivateKey: options.getPrivateKey || null,
        getSignature: options.getSignature || null,
        input: forge3.util.createBuffer(),
        tlsData: forge3.util.createBuffer(),
        data: forge3.util.createBuffer(),
        tlsDataReady: options.tlsDataReady,
        dataReady: options.dataReady,
        heartbeatReceived: options.heartbeatReceived,
        closed: options.closed,
        error: function(c2, ex) {
          ex.origin = ex.origin || (c2.entity === tls.ConnectionEnd.client ? "client" : "server"), ex.send && (tls.queue(c2, tls.createAlert(c2, ex.alert)), tls.flush(c2));
          var fatal = ex.fatal !== !1;
          fatal && (c2.fail = !0), options.error(c2, ex), fatal && c2.close(!1);
        },
        deflate: options.deflate || null,
        inflate: options.inflate || null
      };
      c.reset = function(clearFail) {
        c.version = { major: tls.Version.major, minor: tls.Version.minor }, c.record = null, c.session = null, c.peerCertificate = null, c.state = {
          pending: null,
          current: null
        }, c.expect = c.entity === tls.ConnectionEnd.client ? SHE : CHE, c.fragmented = null, c.records = [], c.open = !1, c.handshakes = 0, c.handshaking = !1, c.isConnected = !1, c.fail = !(clearFail || typeof clearFail > "u"), c.input.clear(), c.tlsData.clear(), c.data.clear(), c.state.current = tls.createConnectionState(c);
      }, c.reset();
      var _update = function(c2, record) {
        var aligned = record.type - tls.ContentType.change_cipher_spec, handlers = ctTable[c2.entity][c2.expect];
        aligned in handlers ? handlers[aligned](c2, record) : tls.handleUnexpected(c2, record);
      }, _readRecordHeader = function(c2) {
        var rval = 0, b = c2.input, len = b.length();
        if (len < 5)
          rval = 5 - len;
        else {
          c2.record = {
            type: b.getByte(),
            version: {
              major: b.getByte(),
              minor: b.getByte()
            },
            length: b.getInt16(),
            fragment: forge3.util.createBuffer(),
            ready: !1
          };
          var compatibleVersion = c2.record.version.major === c2.version.major;
          compatibleVersion && c2.session && c2.session.version && (compatibleVersion = c2.record.version.minor === c2.version.minor), compatibleVersion || c2.error(c2, {
            message: "Incompatible TLS version.",
            send: !0,
            alert: {
              level: tls.Alert.Level.fatal,
              description: tls.Alert.Description.protocol_version
            }
          });
        }
        return rval;
      }, _readRecord = function(c2) {
        var rval = 0, b = c2.input, len = b.length();
        if (len < c2.record.length)
          rval = c2.record.length - len;
        else {
          c2.record.fragment.putBytes(b.getBytes(c2.record.length)), b.compact();
          var s = c2.state.current.read;
          if (s.update(c2, c2.record)) {
            if (c2.fragmented !== null)
              if (c2.fragmented.type === c2.record.type)
                c2.fragmented.fragment.putBuffer(c2.record.fragment), c2.record = c2.fragmented;
              else
                return c2.error(c2, {
                  message: "Invalid fragmented record.",
                  send: !0,
                  alert: {
                    level: tls.Alert.Level.fatal,
                    description: tls.Alert.Description.unexpected_message
                  }
                }), rval;
            c2.record.ready = !0;
          }
        }
        return rval;
      };
      c.handshake = function(sessionId) {
        if (c.entity !== tls.ConnectionEnd.client)
          c.error(c, {
            message: "Cannot initiate handshake as a server.",
            fatal: !1
          });
        else if (c.handshaking)
          c.error(c, {
            message: "Handshake already in progress.",
            fatal: !1
          });
        else {
          c.fail && !c.open && c.handshakes === 0 && (c.fail = !1), c.handshaking = !0, sessionId = sessionId || "";
          var session = null;
          sessionId.length > 0 && (c.sessionCache && (session = c.sessionCache.getSession(sessionId)), session === null && (sessionId = "")), sessionId.length === 0 && c.sessionCache && (session = c.sessionCache.getSession(), session !== null && (sessionId = session.id)), c.session = {
            id: sessionId,
            version: null,
            cipherSuite: null,
            compressionMethod: null,
            serverCertificate: null,
            certificateRequest: null,
            clientCertificate: null,
            sp: {},
            md5: forge3.md.md5.create(),
            sha1: forge3.md.sha1.create()
          }, session && (c.version = session.version, c.session.sp = session.sp), c.session.sp.client_random = tls.createRandom().getBytes(), c.open = !0, tls.queue(c, tls.createRecord(c, {
            type: tls.ContentType.handshake,
            data: tls.createClientHello(c)
          })), tls.flush(c);
        }
      };
      var _processing = !1, _processNext = !1, _processRecord = function(c2) {
        var rval = 0;
        return c2.fail || (c2.record !== null && c2.record.ready && c2.record.fragment.isEmpty() && (c2.record = null), c2.record === null && (rval = _readRecordHeader(c2)), !c2.fail && c2.record !== null && !c2.record.ready && (rval = _readRecord(c2)), !c2.fail && c2.record !== null && c2.record.ready && _update(c2, c2.record)), rval;
      };
      return c.process = function(data) {
        var rval = 0;
        if (data && c.input.putBytes(data), _processing && typeof data > "u")
          return _processNext = !0, rval;
        var processing = _processing, processNext = _processNext;
        _processing = !0, _processNext = !1;
        try {
          for (rval = _processRecord(c); _processNext; )
            _processNext = !1, _processRecord(c);
        } finally {
          _processing = processing, _processNext = processNext;
        }
        return rval;
      }, c.prepare = function(data) {
        return tls.queue(c, tls.createRecord(c, {
          type: tls.ContentType.application_data,
          data: forge3.util.createBuffer(data)
        })), tls.flush(c);
      }, c.prepareHeartbeatRequest = function(payload, payloadLength) {
        return payload instanceof forge3.util.ByteBuffer && (payload = payload.bytes()), typeof payloadLength > "u" && (payloadLength = payload.length), c.expectedHeartbeatPayload = payload, tls.queue(c, tls.createRecord(c, {
          type: tls.ContentType.heartbeat,
          data: tls.createHeartbeat(
            tls.HeartbeatMessageType.heartbeat_request,
            payload,
            payloadLength
          )
        })), tls.flush(c);
      }, c.close = function(clearFail) {
        if (!c.fail && c.sessionCache && c.session) {
          var session = {
            id: c.session.id,
            version: c.session.version,
            sp: c.session.sp
          };
          session.sp.keys = null, c.sessionCache.setSession(session.id, session);
        }
        c.open && (c.open = !1, c.input.clear(), (c.isConnected || c.handshaking) && (c.isConnected = c.handshaking = !1, tls.queue(c, tls.createAlert(c, {
          level: tls.Alert.Level.warning,
          description: tls.Alert.Description.close_notify
        })), tls.flush(c)), c.closed(c)), c.reset(clearFail);
      }, c;
    };
    module.exports = forge3.tls = forge3.tls || {};
    for (key in tls)
      typeof tls[key] != "function" && (forge3.tls[key] = tls[key]);
    var key;
    forge3.tls.prf_tls1 = prf_TLS1;
    forge3.tls.hmac_sha1 = hmac_sha1;
    forge3.tls.createSessionCache = tls.createSessionCache;
    forge3.tls.createConnection = tls.createConnection;
  }
});

// node_modules/node-forge/lib/aesCipherSuites.js
var require_aesCipherSuites = __commonJS({
  "node_modules/node-forge/lib/aesCipherSuites.js"(exports, module) {
    var forge3 = require_forge();
    require_aes();
    require_tls();
    var tls = module.exports = forge3.tls;
    tls.CipherSuites.TLS_RSA_WITH_AES_128_CBC_SHA = {
      id: [0, 47],
      name: "TLS_RSA_WITH_AES_128_CBC_SHA",
      initSecurityParameters: function(sp) {
        sp.bulk_cipher_algorithm = tls.BulkCipherAlgorithm.aes, sp.cipher_type = tls.CipherType.block, sp.enc_key_length = 16, sp.block_length = 16, sp.fixed_iv_length = 16, sp.record_iv_length = 16, sp.mac_algorithm = tls.MACAlgorithm.hmac_sha1, sp.mac_length = 20, sp.mac_key_length = 20;
      },
      initConnectionState
    };
    tls.CipherSuites.TLS_RSA_WITH_AES_256_CBC_SHA = {
      id: [0, 53],
      name: "TLS_RSA_WITH_AES_256_CBC_SHA",
      initSecurityParameters: function(sp) {
        sp.bulk_cipher_algorithm = tls.BulkCipherAlgorithm.aes, sp.cipher_type = tls.CipherType.block, sp.enc_key_length = 32, sp.block_length = 16, sp.fixed_iv_length = 16, sp.record_iv_length = 16, sp.mac_algorithm = tls.MACAlgorithm.hmac_sha1, sp.mac_length = 20, sp.mac_key_length = 20;
      },
      initConnectionState
    };
    function initConnectionState(state, c, sp) {
      var client = c.entity === forge3.tls.ConnectionEnd.client;
      state.read.cipherState = {
        init: !1,
        cipher: forge3.cipher.createDecipher("AES-CBC", client ? sp.keys.server_write_key : sp.keys.client_write_key),
        iv: client ? sp.keys.server_write_IV : sp.keys.client_write_IV
      }, state.write.cipherState = {
        init: !1,
        cipher: forge3.cipher.createCipher("AES-CBC", client ? sp.keys.client_write_key : sp.keys.server_write_key),
        iv: client ? sp.keys.client_write_IV : sp.keys.server_write_IV
      }, state.read.cipherFunction = decrypt_aes_cbc_sha1, state.write.cipherFunction = encrypt_aes_cbc_sha1, state.read.macLength = state.write.macLength = sp.mac_length, state.read.macFunction = state.write.macFunction = tls.hmac_sha1;
    }
    function encrypt_aes_cbc_sha1(record, s) {
      var rval = !1, mac = s.macFunction(s.macKey, s.sequenceNumber, record);
      record.fragment.putBytes(mac), s.updateSequenceNumber();
      var iv;
      record.version.minor === tls.Versions.TLS_1_0.minor ? iv = s.cipherState.init ? null : s.cipherState.iv : iv = forge3.random.getBytesSync(16), s.cipherState.init = !0;
      var cipher = s.cipherState.cipher;
      return cipher.start({ iv }), record.version.minor >= tls.Versions.TLS_1_1.minor && cipher.output.putBytes(iv), cipher.update(record.fragment), cipher.finish(encrypt_aes_cbc_sha1_padding) && (record.fragment = cipher.output, record.length = record.fragment.length(), rval = !0), rval;
    }
    function encrypt_aes_cbc_sha1_padding(blockSize, input, decrypt) {
      if (!decrypt) {
        var padding = blockSize - input.length() % blockSize;
        input.fillWithByte(padding - 1, padding);
      }
      return !0;
    }
    function decrypt_aes_cbc_sha1_padding(blockSize, output, decrypt) {
      var rval = !0;
      if (decrypt) {
        for (var len = output.length(), paddingLength = output.last(), i = len - 1 - paddingLength; i < len - 1; ++i)
          rval = rval && output.at(i) == paddingLength;
        rval && output.truncate(paddingLength + 1);
      }
      return rval;
    }
    function decrypt_aes_cbc_sha1(record, s) {
      var rval = !1, iv;
      record.version.minor === tls.Versions.TLS_1_0.minor ? iv = s.cipherState.init ? null : s.cipherState.iv : iv = record.fragment.getBytes(16), s.cipherState.init = !0;
      var cipher = s.cipherState.cipher;
      cipher.start({ iv }), cipher.update(record.fragment), rval = cipher.finish(decrypt_aes_cbc_sha1_padding);
      var macLen = s.macLength, mac = forge3.random.getBytesSync(macLen), len = cipher.output.length();
      len >= macLen ? (record.fragment = cipher.output.getBytes(len - macLen), mac = cipher.output.getBytes(macLen)) : record.fragment = cipher.output.getBytes(), record.fragment = forge3.util.createBuffer(record.fragment), record.length = record.fragment.length();
      var mac2 = s.macFunction(s.macKey, s.sequenceNumber, record);
      return s.updateSequenceNumber(), rval = compareMacs(s.macKey, mac, mac2) && rval, rval;
    }
    function compareMacs(key, mac1, mac2) {
      var hmac = forge3.hmac.create();
      return hmac.start("SHA1", key), hmac.update(mac1), mac1 = hmac.digest().getBytes(), hmac.start(null, null), hmac.update(mac2), mac2 = hmac.digest().getBytes(), mac1 === mac2;
    }
  }
});

// node_modules/node-forge/lib/sha512.js
var require_sha512 = __commonJS({
  "node_modules/node-forge/lib/sha512.js"(exports, module) {
    var forge3 = require_forge();
    require_md();
    require_util();
    var sha512 = module.exports = forge3.sha512 = forge3.sha512 || {};
    forge3.md.sha512 = forge3.md.algorithms.sha512 = sha512;
    var sha384 = forge3.sha384 = forge3.sha512.sha384 = forge3.sha512.sha384 || {};
    sha384.create = function() {
      return sha512.create("SHA-384");
    };
    forge3.md.sha384 = forge3.md.algorithms.sha384 = sha384;
    forge3.sha512.sha256 = forge3.sha512.sha256 || {
      create: function() {
        return sha512.create("SHA-512/256");
      }
    };
    forge3.md["sha512/256"] = forge3.md.algorithms["sha512/256"] = forge3.sha512.sha256;
    forge3.sha512.sha224 = forge3.sha512.sha224 || {
      create: function() {
        return sha512.create("SHA-512/224");
      }
    };
    forge3.md["sha512/224"] = forge3.md.algorithms["sha512/224"] = forge3.sha512.sha224;
    sha512.create = function(algorithm) {
      if (_initialized || _init(), typeof algorithm > "u" && (algorithm = "SHA-512"), !(algorithm in _states))
        throw new Error("Invalid SHA-512 algorithm: " + algorithm);
      for (var _state = _states[algorithm], _h = null, _input = forge3.util.createBuffer(), _w = new Array(80), wi = 0; wi < 80; ++wi)
        _w[wi] = new Array(2);
      var digestLength = 64;
      switch (algorithm) {
        case "SHA-384":
          digestLength = 48;
          break;
        case "SHA-512/256":
          digestLength = 32;
          break;
        case "SHA-512/224":
          digestLength = 28;
          break;
      }
      var md = {
        // SHA-512 => sha512
        algorithm: algorithm.replace("-", "").toLowerCase(),
        blockLength: 128,
        digestLength,
        // 56-bit length of message so far (does not including padding)
        messageLength: 0,
        // true message length
        fullMessageLength: null,
        // size of message length in bytes
        messageLengthSize: 16
      };
      return md.start = function() {
        md.messageLength = 0, md.fullMessageLength = md.messageLength128 = [];
        for (var int32s = md.messageLengthSize / 4, i = 0; i < int32s; ++i)
          md.fullMessageLength.push(0);
        _input = forge3.util.createBuffer(), _h = new Array(_state.length);
        for (var i = 0; i < _state.length; ++i)
          _h[i] = _state[i].slice(0);
        return md;
      }, md.start(), md.update = function(msg, encoding) {
        encoding === "utf8" && (msg = forge3.util.encodeUtf8(msg));
        var len = msg.length;
        md.messageLength += len, len = [len / 4294967296 >>> 0, len >>> 0];
        for (var i = md.fullMessageLength.length - 1; i >= 0; --i)
          md.fullMessageLength[i] += len[1], len[1] = len[0] + (md.fullMessageLength[i] / 4294967296 >>> 0), md.fullMessageLength[i] = md.fullMessageLength[i] >>> 0, len[0] = len[1] / 4294967296 >>> 0;
        return _input.putBytes(msg), _update(_h, _w, _input), (_input.read > 2048 || _input.length() === 0) && _input.compact(), md;
      }, md.digest = function() {
        var finalBlock = forge3.util.createBuffer();
        finalBlock.putBytes(_input.bytes());
        var remaining = md.fullMessageLength[md.fullMessageLength.length - 1] + md.messageLengthSize, overflow = remaining & md.blockLength - 1;
        finalBlock.putBytes(_padding.substr(0, md.blockLength - overflow));
        for (var next, carry, bits = md.fullMessageLength[0] * 8, i = 0; i < md.fullMessageLength.length - 1; ++i)
          next = md.fullMessageLength[i + 1] * 8, carry = next / 4294967296 >>> 0, bits += carry, finalBlock.putInt32(bits >>> 0), bits = next >>> 0;
        finalBlock.putInt32(bits);
        for (var h = new Array(_h.length), i = 0; i < _h.length; ++i)
          h[i] = _h[i].slice(0);
        _update(h, _w, finalBlock);
        var rval = forge3.util.createBuffer(), hlen;
        algorithm === "SHA-512" ? hlen = h.length : algorithm === "SHA-384" ? hlen = h.length - 2 : hlen = h.length - 4;
        for (var i = 0; i < hlen; ++i)
          rval.putInt32(h[i][0]), (i !== hlen - 1 || algorithm !== "SHA-512/224") && rval.putInt32(h[i][1]);
        return rval;
      }, md;
    };
    var _padding = null, _initialized = !1, _k = null, _states = null;
    function _init() {
      _padding = "\x80", _padding += forge3.util.fillString("\0", 128), _k = [
        [1116352408, 3609767458],
        [1899447441, 602891725],
        [3049323471, 3964484399],
        [3921009573, 2173295548],
        [961987163, 4081628472],
        [1508970993, 3053834265],
        [2453635748, 2937671579],
        [2870763221, 3664609560],
        [3624381080, 2734883394],
        [310598401, 1164996542],
        [607225278, 1323610764],
        [1426881987, 3590304994],
        [1925078388, 4068182383],
        [2162078206, 991336113],
        [2614888103, 633803317],
        [3248222580, 3479774868],
        [3835390401, 2666613458],
        [4022224774, 944711139],
        [264347078, 2341262773],
        [604807628, 2007800933],
        [770255983, 1495990901],
        [1249150122, 1856431235],
        [1555081692, 3175218132],
        [1996064986, 2198950837],
        [2554220882, 3999719339],
        [2821834349, 766784016],
        [2952996808, 2566594879],
        [3210313671, 3203337956],
        [3336571891, 1034457026],
        [3584528711, 2466948901],
        [113926993, 3758326383],
        [338241895, 168717936],
        [666307205, 1188179964],
        [773529912, 1546045734],
        [1294757372, 1522805485],
        [1396182291, 2643833823],
        [1695183700, 2343527390],
        [1986661051, 1014477480],
        [2177026350, 1206759142],
        [2456956037, 344077627],
        [2730485921, 1290863460],
        [2820302411, 3158454273],
        [3259730800, 3505952657],
        [3345764771, 106217008],
        [3516065817, 3606008344],
        [3600352804, 1432725776],
        [4094571909, 1467031594],
        [275423344, 851169720],
        [430227734, 3100823752],
        [506948616, 1363258195],
        [659060556, 3750685593],
        [883997877, 3785050280],
        [958139571, 3318307427],
        [1322822218, 3812723403],
        [1537002063, 2003034995],
        [1747873779, 3602036899],
        [1955562222, 1575990012],
        [2024104815, 1125592928],
        [2227730452, 2716904306],
        [2361852424, 442776044],
        [2428436474, 593698344],
        [2756734187, 3733110249],
        [3204031479, 2999351573],
        [3329325298, 3815920427],
        [3391569614, 3928383900],
        [3515267271, 566280711],
        [3940187606, 3454069534],
        [4118630271, 4000239992],
        [116418474, 1914138554],
        [174292421, 2731055270],
        [289380356, 3203993006],
        [460393269, 320620315],
        [685471733, 587496836],
        [852142971, 1086792851],
        [1017036298, 365543100],
        [1126000580, 2618297676],
        [1288033470, 3409855158],
        [1501505948, 4234509866],
        [1607167915, 987167468],
        [1816402316, 1246189591]
      ], _states = {}, _states["SHA-512"] = [
        [1779033703, 4089235720],
        [3144134277, 2227873595],
        [1013904242, 4271175723],
        [2773480762, 1595750129],
        [1359893119, 2917565137],
        [2600822924, 725511199],
        [528734635, 4215389547],
        [1541459225, 327033209]
      ], _states["SHA-384"] = [
        [3418070365, 3238371032],
        [1654270250, 914150663],
        [2438529370, 812702999],
        [355462360, 4144912697],
        [1731405415, 4290775857],
        [2394180231, 1750603025],
        [3675008525, 1694076839],
        [1203062813, 3204075428]
      ], _states["SHA-512/256"] = [
        [573645204, 4230739756],
        [2673172387, 3360449730],
        [596883563, 1867755857],
        [2520282905, 1497426621],
        [2519219938, 2827943907],
        [3193839141, 1401305490],
        [721525244, 746961066],
        [246885852, 2177182882]
      ], _states["SHA-512/224"] = [
        [2352822216, 424955298],
        [1944164710, 2312950998],
        [502970286, 855612546],
        [1738396948, 1479516111],
        [258812777, 2077511080],
        [2011393907, 79989058],
        [1067287976, 1780299464],
        [286451373, 2446758561]
      ], _initialized = !0;
    }
    function _update(s, w, bytes) {
      for (var t1_hi, t1_lo, t2_hi, t2_lo, s0_hi, s0_lo, s1_hi, s1_lo, ch_hi, ch_lo, maj_hi, maj_lo, a_hi, a_lo, b_hi, b_lo, c_hi, c_lo, d_hi, d_lo, e_hi, e_lo, f_hi, f_lo, g_hi, g_lo, h_hi, h_lo, i, hi, lo, w2, w7, w15, w16, len = bytes.length(); len >= 128; ) {
        for (i = 0; i < 16; ++i)
          w[i][0] = bytes.getInt32() >>> 0, w[i][1] = bytes.getInt32() >>> 0;
        for (; i < 80; ++i)
          w2 = w[i - 2], hi = w2[0], lo = w2[1], t1_hi = ((hi >>> 19 | lo << 13) ^ // ROTR 19
          (lo >>> 29 | hi << 3) ^ // ROTR 61/(swap + ROTR 29)
          hi >>> 6) >>> 0, t1_lo = ((hi << 13 | lo >>> 19) ^ // ROTR 19
          (lo << 3 | hi >>> 29) ^ // ROTR 61/(swap + ROTR 29)
          (hi << 26 | lo >>> 6)) >>> 0, w15 = w[i - 15], hi = w15[0], lo = w15[1], t2_hi = ((hi >>> 1 | lo << 31) ^ // ROTR 1
          (hi >>> 8 | lo << 24) ^ // ROTR 8
          hi >>> 7) >>> 0, t2_lo = ((hi << 31 | lo >>> 1) ^ // ROTR 1
          (hi << 24 | lo >>> 8) ^ // ROTR 8
          (hi << 25 | lo >>> 7)) >>> 0, w7 = w[i - 7], w16 = w[i - 16], lo = t1_lo + w7[1] + t2_lo + w16[1], w[i][0] = t1_hi + w7[0] + t2_hi + w16[0] + (lo / 4294967296 >>> 0) >>> 0, w[i][1] = lo >>> 0;
        for (a_hi = s[0][0], a_lo = s[0][1], b_hi = s[1][0], b_lo = s[1][1], c_hi = s[2][0], c_lo = s[2][1], d_hi = s[3][0], d_lo = s[3][1], e_hi = s[4][0], e_lo = s[4][1], f_hi = s[5][0], f_lo = s[5][1], g_hi = s[6][0], g_lo = s[6][1], h_hi = s[7][0], h_lo = s[7][1], i = 0; i < 80; ++i)
          s1_hi = ((e_hi >>> 14 | e_lo << 18) ^ // ROTR 14
          (e_hi >>> 18 | e_lo << 14) ^ // ROTR 18
          (e_lo >>> 9 | e_hi << 23)) >>> 0, s1_lo = ((e_hi << 18 | e_lo >>> 14) ^ // ROTR 14
          (e_hi << 14 | e_lo >>> 18) ^ // ROTR 18
          (e_lo << 23 | e_hi >>> 9)) >>> 0, ch_hi = (g_hi ^ e_hi & (f_hi ^ g_hi)) >>> 0, ch_lo = (g_lo ^ e_lo & (f_lo ^ g_lo)) >>> 0, s0_hi = ((a_hi >>> 28 | a_lo << 4) ^ // ROTR 28
          (a_lo >>> 2 | a_hi << 30) ^ // ROTR 34/(swap + ROTR 2)
          (a_lo >>> 7 | a_hi << 25)) >>> 0, s0_lo = ((a_hi << 4 | a_lo >>> 28) ^ // ROTR 28
          (a_lo << 30 | a_hi >>> 2) ^ // ROTR 34/(swap + ROTR 2)
          (a_lo << 25 | a_hi >>> 7)) >>> 0, maj_hi = (a_hi & b_hi | c_hi & (a_hi ^ b_hi)) >>> 0, maj_lo = (a_lo & b_lo | c_lo & (a_lo ^ b_lo)) >>> 0, lo = h_lo + s1_lo + ch_lo + _k[i][1] + w[i][1], t1_hi = h_hi + s1_hi + ch_hi + _k[i][0] + w[i][0] + (lo / 4294967296 >>> 0) >>> 0, t1_lo = lo >>> 0, lo = s0_lo + maj_lo, t2_hi = s0_hi + maj_hi + (lo / 4294967296 >>> 0) >>> 0, t2_lo = lo >>> 0, h_hi = g_hi, h_lo = g_lo, g_hi = f_hi, g_lo = f_lo, f_hi = e_hi, f_lo = e_lo, lo = d_lo + t1_lo, e_hi = d_hi + t1_hi + (lo / 4294967296 >>> 0) >>> 0, e_lo = lo >>> 0, d_hi = c_hi, d_lo = c_lo, c_hi = b_hi, c_lo = b_lo, b_hi = a_hi, b_lo = a_lo, lo = t1_lo + t2_lo, a_hi = t1_hi + t2_hi + (lo / 4294967296 >>> 0) >>> 0, a_lo = lo >>> 0;
        lo = s[0][1] + a_lo, s[0][0] = s[0][0] + a_hi + (lo / 4294967296 >>> 0) >>> 0, s[0][1] = lo >>> 0, lo = s[1][1] + b_lo, s[1][0] = s[1][0] + b_hi + (lo / 4294967296 >>> 0) >>> 0, s[1][1] = lo >>> 0, lo = s[2][1] + c_lo, s[2][0] = s[2][0] + c_hi + (lo / 4294967296 >>> 0) >>> 0, s[2][1] = lo >>> 0, lo = s[3][1] + d_lo, s[3][0] = s[3][0] + d_hi + (lo / 4294967296 >>> 0) >>> 0, s[3][1] = lo >>> 0, lo = s[4][1] + e_lo, s[4][0] = s[4][0] + e_hi + (lo / 4294967296 >>> 0) >>> 0, s[4][1] = lo >>> 0, lo = s[5][1] + f_lo, s[5][0] = s[5][0] + f_hi + (lo / 4294967296 >>> 0) >>> 0, s[5][1] = lo >>> 0, lo = s[6][1] + g_lo, s[6][0] = s[6][0] + g_hi + (lo / 4294967296 >>> 0) >>> 0, s[6][1] = lo >>> 0, lo = s[7][1] + h_lo, s[7][0] = s[7][0] + h_hi + (lo / 4294967296 >>> 0) >>> 0, s[7][1] = lo >>> 0, len -= 128;
      }
    }
  }
});

// node_modules/node-forge/lib/asn1-validator.js
var require_asn1_validator = __commonJS({
  "node_modules/node-forge/lib/asn1-validator.js"(exports) {
    var forge3 = require_forge();
    require_asn1();
    var asn1 = forge3.asn1;
    exports.privateKeyValidator = {
      // PrivateKeyInfo
      name: "PrivateKeyInfo",
      tagClass: asn1.Class.UNIVERSAL,
      type: asn1.Type.SEQUENCE,
      constructed: !0,
      value: [{
        // Version (INTEGER)
        name: "PrivateKeyInfo.version",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.INTEGER,
        constructed: !1,
        capture: "privateKeyVersion"
      }, {
        // privateKeyAlgorithm
        name: "PrivateKeyInfo.privateKeyAlgorithm",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.SEQUENCE,
        constructed: !0,
        value: [{
          name: "AlgorithmIdentifier.algorithm",
          tagClass: asn1.Class.UNIVERSAL,
          type: asn1.Type.OID,
          constructed: !1,
          capture: "privateKeyOid"
        }]
      }, {
        // PrivateKey
        name: "PrivateKeyInfo",
        tagClass: asn1.Class.UNIVERSAL,
        type: asn1.Type.OCTETSTRING,
        constructed: !1,
        capture: "privateKey"
      }]
    };
    exports.publicKeyValidator = {
      name: "SubjectPublicKeyInfo",
      tagClass: asn1.Class.UNIVERSAL,
      type: asn1.Type.SEQUENCE,
      constructed: !0,
      captureAsn1: "subjectPublicKeyInfo",
      value: [
        {
          name: "SubjectPublicKeyInfo.AlgorithmIdentifier",
          tagClass: asn1.Class.UNIVERSAL,
          type: asn1.Type.SEQUENCE,
          constructed: !0,
          value: [{
            name: "AlgorithmIdentifier.algorithm",
            tagClass: asn1.Class.UNIVERSAL,
            type: asn1.Type.OID,
            constructed: !1,
            capture: "publicKeyOid"
          }]
        },
        // capture group for ed25519PublicKey
        {
          tagClass: asn1.Class.UNIVERSAL,
          type: asn1.Type.BITSTRING,
          constructed: !1,
          composed: !0,
          captureBitStringValue: "ed25519PublicKey"
        }
        // FIXME: this is capture group for rsaPublicKey, use it in this API or
        // discard?
        /* {
          // subjectPublicKey
          name: 'SubjectPublicKeyInfo.subjectPublicKey',
          tagClass: asn1.Class.UNIVERSAL,
          type: asn1.Type.BITSTRING,
          constructed: false,
          value: [{
            // RSAPublicKey
            name: 'SubjectPublicKeyInfo.subjectPublicKey.RSAPublicKey',
            tagClass: asn1.Class.UNIVERSAL,
            type: asn1.Type.SEQUENCE,
            constructed: true,
            optional: true,
            captureAsn1: 'rsaPublicKey'
          }]
        } */
      ]
    };
  }
});

// node_modules/node-forge/lib/ed25519.js
var require_ed25519 = __commonJS({
  "node_modules/node-forge/lib/ed25519.js"(exports, module) {
    var forge3 = require_forge();
    require_jsbn();
    require_random();
    require_sha512();
    require_util();
    var asn1Validator = require_asn1_validator(), publicKeyValidator = asn1Validator.publicKeyValidator, privateKeyValidator = asn1Validator.privateKeyValidator;
    typeof BigInteger > "u" && (BigInteger = forge3.jsbn.BigInteger);
    var BigInteger, ByteBuffer = forge3.util.ByteBuffer, NativeBuffer = typeof Buffer > "u" ? Uint8Array : Buffer;
    forge3.pki = forge3.pki || {};
    module.exports = forge3.pki.ed25519 = forge3.ed25519 = forge3.ed25519 || {};
    var ed25519 = forge3.ed25519;
    ed25519.constants = {};
    ed25519.constants.PUBLIC_KEY_BYTE_LENGTH = 32;
    ed25519.constants.PRIVATE_KEY_BYTE_LENGTH = 64;
    ed25519.constants.SEED_BYTE_LENGTH = 32;
    ed25519.constants.SIGN_BYTE_LENGTH = 64;
    ed25519.constants.HASH_BYTE_LENGTH = 64;
    ed25519.generateKeyPair = function(options) {
      options = options || {};
      var seed = options.seed;
      if (seed === void 0)
        seed = forge3.random.getBytesSync(ed25519.constants.SEED_BYTE_LENGTH);
      else if (typeof seed == "string") {
        if (seed.length !== ed25519.constants.SEED_BYTE_LENGTH)
          throw new TypeError(
            '"seed" must be ' + ed25519.constants.SEED_BYTE_LENGTH + " bytes in length."
          );
      } else if (!(seed instanceof Uint8Array))
        throw new TypeError(
          '"seed" must be a node.js Buffer, Uint8Array, or a binary string.'
        );
      seed = messageToNativeBuffer({ message: seed, encoding: "binary" });
      for (var pk = new NativeBuffer(ed25519.constants.PUBLIC_KEY_BYTE_LENGTH), sk = new NativeBuffer(ed25519.constants.PRIVATE_KEY_BYTE_LENGTH), i = 0; i < 32; ++i)
        sk[i] = seed[i];
      return crypto_sign_keypair(pk, sk), { publicKey: pk, privateKey: sk };
    };
    ed25519.privateKeyFromAsn1 = function(obj) {
      var capture = {}, errors = [], valid = forge3.asn1.validate(obj, privateKeyValidator, capture, errors);
      if (!valid) {
        var error = new Error("Invalid Key.");
        throw error.errors = errors, error;
      }
      var oid = forge3.asn1.derToOid(capture.privateKeyOid), ed25519Oid = forge3.oids.EdDSA25519;
      if (oid !== ed25519Oid)
        throw new Error('Invalid OID "' + oid + '"; OID must be "' + ed25519Oid + '".');
      var privateKey = capture.privateKey, privateKeyBytes = messageToNativeBuffer({
        message: forge3.asn1.fromDer(privateKey).value,
        encoding: "binary"
      });
      return { privateKeyBytes };
    };
    ed25519.publicKeyFromAsn1 = function(obj) {
      var capture = {}, errors = [], valid = forge3.asn1.validate(obj, publicKeyValidator, capture, errors);
      if (!valid) {
        var error = new Error("Invalid Key.");
        throw error.errors = errors, error;
      }
      var oid = forge3.asn1.derToOid(capture.publicKeyOid), ed25519Oid = forge3.oids.EdDSA25519;
      if (oid !== ed25519Oid)
        throw new Error('Invalid OID "' + oid + '"; OID must be "' + ed25519Oid + '".');
      var publicKeyBytes = capture.ed25519PublicKey;
      if (publicKeyBytes.length !== ed25519.constants.PUBLIC_KEY_BYTE_LENGTH)
        throw new Error("Key length is invalid.");
      return messageToNativeBuffer({
        message: publicKeyBytes,
        encoding: "binary"
      });
    };
    ed25519.publicKeyFromPrivateKey = function(options) {
      options = options || {};
      var privateKey = messageToNativeBuffer({
        message: options.privateKey,
        encoding: "binary"
      });
      if (privateKey.length !== ed25519.constants.PRIVATE_KEY_BYTE_LENGTH)
        throw new TypeError(
          '"options.privateKey" must have a byte length of ' + ed25519.constants.PRIVATE_KEY_BYTE_LENGTH
        );
      for (var pk = new NativeBuffer(ed25519.constants.PUBLIC_KEY_BYTE_LENGTH), i = 0; i < pk.length; ++i)
        pk[i] = privateKey[32 + i];
      return pk;
    };
    ed25519.sign = function(options) {
      options = options || {};
      var msg = messageToNativeBuffer(options), privateKey = messageToNativeBuffer({
        message: options.privateKey,
        encoding: "binary"
      });
      if (privateKey.length === ed25519.constants.SEED_BYTE_LENGTH) {
        var keyPair2 = ed25519.generateKeyPair({ seed: privateKey });
        privateKey = keyPair2.privateKey;
      } else if (privateKey.length !== ed25519.constants.PRIVATE_KEY_BYTE_LENGTH)
        throw new TypeError(
          '"options.privateKey" must have a byte length of ' + ed25519.constants.SEED_BYTE_LENGTH + " or " + ed25519.constants.PRIVATE_KEY_BYTE_LENGTH
        );
      var signedMsg = new NativeBuffer(
        ed25519.constants.SIGN_BYTE_LENGTH + msg.length
      );
      crypto_sign(signedMsg, msg, msg.length, privateKey);
      for (var sig = new NativeBuffer(ed25519.constants.SIGN_BYTE_LENGTH), i = 0; i < sig.length; ++i)
        sig[i] = signedMsg[i];
      return sig;
    };
    ed25519.verify = function(options) {
      options = options || {};
      var msg = messageToNativeBuffer(options);
      if (options.signature === void 0)
        throw new TypeError(
          '"options.signature" must be a node.js Buffer, a Uint8Array, a forge ByteBuffer, or a binary string.'
        );
      var sig = messageToNativeBuffer({
        message: options.signature,
        encoding: "binary"
      });
      if (sig.length !== ed25519.constants.SIGN_BYTE_LENGTH)
        throw new TypeError(
          '"options.signature" must have a byte length of ' + ed25519.constants.SIGN_BYTE_LENGTH
        );
      var publicKey = messageToNativeBuffer({
        message: options.publicKey,
        encoding: "binary"
      });
      if (publicKey.length !== ed25519.constants.PUBLIC_KEY_BYTE_LENGTH)
        throw new TypeError(
          '"options.publicKey" must have a byte length of ' + ed25519.constants.PUBLIC_KEY_BYTE_LENGTH
        );
      var sm = new NativeBuffer(ed25519.constants.SIGN_BYTE_LENGTH + msg.length), m = new NativeBuffer(ed25519.constants.SIGN_BYTE_LENGTH + msg.length), i;
      for (i = 0; i < ed25519.constants.SIGN_BYTE_LENGTH; ++i)
        sm[i] = sig[i];
      for (i = 0; i < msg.length; ++i)
        sm[i + ed25519.constants.SIGN_BYTE_LENGTH] = msg[i];
      return crypto_sign_open(m, sm, sm.length, publicKey) >= 0;
    };
    function messageToNativeBuffer(options) {
      var message = options.message;
      if (message instanceof Uint8Array || message instanceof NativeBuffer)
        return message;
      var encoding = options.encoding;
      if (message === void 0)
        if (options.md)
          message = options.md.digest().getBytes(), encoding = "binary";
        else
          throw new TypeError('"options.message" or "options.md" not specified.');
      if (typeof message == "string" && !encoding)
        throw new TypeError('"options.encoding" must be "binary" or "utf8".');
      if (typeof message == "string") {
        if (typeof Buffer < "u")
          return Buffer.from(message, encoding);
        message = new ByteBuffer(message, encoding);
      } else if (!(message instanceof ByteBuffer))
        throw new TypeError(
          '"options.message" must be a node.js Buffer, a Uint8Array, a forge ByteBuffer, or a string with "options.encoding" specifying its encoding.'
        );
      for (var buffer = new NativeBuffer(message.length()), i = 0; i < buffer.length; ++i)
        buffer[i] = message.at(i);
      return buffer;
    }
    var gf0 = gf(), gf1 = gf([1]), D = gf([
      30883,
      4953,
      19914,
      30187,
      55467,
      16705,
      2637,
      112,
      59544,
      30585,
      16505,
      36039,
      65139,
      11119,
      27886,
      20995
    ]), D2 = gf([
      61785,
      9906,
      39828,
      60374,
      45398,
      33411,
      5274,
      224,
      53552,
      61171,
      33010,
      6542,
      64743,
      22239,
      55772,
      9222
    ]), X = gf([
      54554,
      36645,
      11616,
      51542,
      42930,
      38181,
      51040,
      26924,
      56412,
      64982,
      57905,
      49316,
      21502,
      52590,
      14035,
      8553
    ]), Y = gf([
      26200,
      26214,
      26214,
      26214,
      26214,
      26214,
      26214,
      26214,
      26214,
      26214,
      26214,
      26214,
      26214,
      26214,
      26214,
      26214
    ]), L = new Float64Array([
      237,
      211,
      245,
      92,
      26,
      99,
      18,
      88,
      214,
      156,
      247,
      162,
      222,
      249,
      222,
      20,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      16
    ]), I = gf([
      41136,
      18958,
      6951,
      50414,
      58488,
      44335,
      6150,
      12099,
      55207,
      15867,
      153,
      11085,
      57099,
      20417,
      9344,
      11139
    ]);
    function sha512(msg, msgLen) {
      var md = forge3.md.sha512.create(), buffer = new ByteBuffer(msg);
      md.update(buffer.getBytes(msgLen), "binary");
      var hash = md.digest().getBytes();
      if (typeof Buffer < "u")
        return Buffer.from(hash, "binary");
      for (var out = new NativeBuffer(ed25519.constants.HASH_BYTE_LENGTH), i = 0; i < 64; ++i)
        out[i] = hash.charCodeAt(i);
      return out;
    }
    function crypto_sign_keypair(pk, sk) {
      var p = [gf(), gf(), gf(), gf()], i, d = sha512(sk, 32);
      for (d[0] &= 248, d[31] &= 127, d[31] |= 64, scalarbase(p, d), pack(pk, p), i = 0; i < 32; ++i)
        sk[i + 32] = pk[i];
      return 0;
    }
    function crypto_sign(sm, m, n, sk) {
      var i, j, x = new Float64Array(64), p = [gf(), gf(), gf(), gf()], d = sha512(sk, 32);
      d[0] &= 248, d[31] &= 127, d[31] |= 64;
      var smlen = n + 64;
      for (i = 0; i < n; ++i)
        sm[64 + i] = m[i];
      for (i = 0; i < 32; ++i)
        sm[32 + i] = d[32 + i];
      var r = sha512(sm.subarray(32), n + 32);
      for (reduce(r), scalarbase(p, r), pack(sm, p), i = 32; i < 64; ++i)
        sm[i] = sk[i];
      var h = sha512(sm, n + 64);
      for (reduce(h), i = 32; i < 64; ++i)
        x[i] = 0;
      for (i = 0; i < 32; ++i)
        x[i] = r[i];
      for (i = 0; i < 32; ++i)
        for (j = 0; j < 32; j++)
          x[i + j] += h[i] * d[j];
      return modL(sm.subarray(32), x), smlen;
    }
    function crypto_sign_open(m, sm, n, pk) {
      var i, mlen, t = new NativeBuffer(32), p = [gf(), gf(), gf(), gf()], q = [gf(), gf(), gf(), gf()];
      if (mlen = -1, n < 64 || unpackneg(q, pk) || _isSmallOrder(q) || !_isCanonicalSignatureScalar(sm, 32))
        return -1;
      for (i = 0; i < n; ++i)
        m[i] = sm[i];
      for (i = 0; i < 32; ++i)
        m[i + 32] = pk[i];
      var h = sha512(m, n);
      if (reduce(h), scalarmult(p, q, h), scalarbase(q, sm.subarray(32)), add(p, q), pack(t, p), n -= 64, crypto_verify_32(sm, 0, t, 0)) {
        for (i = 0; i < n; ++i)
          m[i] = 0;
        return -1;
      }
      for (i = 0; i < n; ++i)
        m[i] = sm[i + 64];
      return mlen = n, mlen;
    }
    function _isCanonicalSignatureScalar(bytes, offset) {
      var i;
      for (i = 31; i >= 0; --i) {
        if (bytes[offset + i] < L[i])
          return !0;
        if (bytes[offset + i] > L[i])
          return !1;
      }
      return !1;
    }
    function _isSmallOrder(p) {
      var i, t = new NativeBuffer(32), r = [gf(p[0]), gf(p[1]), gf(p[2]), gf(p[3])];
      for (i = 0; i < 3; ++i)
        add(r, r);
      if (pack(t, r), t[0] !== 1)
        return !1;
      for (i = 1; i < 32; ++i)
        if (t[i] !== 0)
          return !1;
      return !0;
    }
    function modL(r, x) {
      var carry, i, j, k;
      for (i = 63; i >= 32; --i) {
        for (carry = 0, j = i - 32, k = i - 12; j < k; ++j)
          x[j] += carry - 16 * x[i] * L[j - (i - 32)], carry = x[j] + 128 >> 8, x[j] -= carry * 256;
        x[j] += carry, x[i] = 0;
      }
      for (carry = 0, j = 0; j < 32; ++j)
        x[j] += carry - (x[31] >> 4) * L[j], carry = x[j] >> 8, x[j] &= 255;
      for (j = 0; j < 32; ++j)
        x[j] -= carry * L[j];
      for (i = 0; i < 32; ++i)
        x[i + 1] += x[i] >> 8, r[i] = x[i] & 255;
    }
    function reduce(r) {
      for (var x = new Float64Array(64), i = 0; i < 64; ++i)
        x[i] = r[i], r[i] = 0;
      modL(r, x);
    }
    function add(p, q) {
      var a = gf(), b = gf(), c = gf(), d = gf(), e = gf(), f = gf(), g = gf(), h = gf(), t = gf();
      Z(a, p[1], p[0]), Z(t, q[1], q[0]), M(a, a, t), A(b, p[0], p[1]), A(t, q[0], q[1]), M(b, b, t), M(c, p[3], q[3]), M(c, c, D2), M(d, p[2], q[2]), A(d, d, d), Z(e, b, a), Z(f, d, c), A(g, d, c), A(h, b, a), M(p[0], e, f), M(p[1], h, g), M(p[2], g, f), M(p[3], e, h);
    }
    function cswap(p, q, b) {
      for (var i = 0; i < 4; ++i)
        sel25519(p[i], q[i], b);
    }
    function pack(r, p) {
      var tx = gf(), ty = gf(), zi = gf();
      inv25519(zi, p[2]), M(tx, p[0], zi), M(ty, p[1], zi), pack25519(r, ty), r[31] ^= par25519(tx) << 7;
    }
    function pack25519(o, n) {
      var i, j, b, m = gf(), t = gf();
      for (i = 0; i < 16; ++i)
        t[i] = n[i];
      for (car25519(t), car25519(t), car25519(t), j = 0; j < 2; ++j) {
        for (m[0] = t[0] - 65517, i = 1; i < 15; ++i)
          m[i] = t[i] - 65535 - (m[i - 1] >> 16 & 1), m[i - 1] &= 65535;
        m[15] = t[15] - 32767 - (m[14] >> 16 & 1), b = m[15] >> 16 & 1, m[14] &= 65535, sel25519(t, m, 1 - b);
      }
      for (i = 0; i < 16; i++)
        o[2 * i] = t[i] & 255, o[2 * i + 1] = t[i] >> 8;
    }
    function unpackneg(r, p) {
      var t = gf(), chk = gf(), num = gf(), den = gf(), den2 = gf(), den4 = gf(), den6 = gf();
      return set25519(r[2], gf1), unpack25519(r[1], p), S(num, r[1]), M(den, num, D), Z(num, num, r[2]), A(den, r[2], den), S(den2, den), S(den4, den2), M(den6, den4, den2), M(t, den6, num), M(t, t, den), pow2523(t, t), M(t, t, num), M(t, t, den), M(t, t, den), M(r[0], t, den), S(chk, r[0]), M(chk, chk, den), neq25519(chk, num) && M(r[0], r[0], I), S(chk, r[0]), M(chk, chk, den), neq25519(chk, num) ? -1 : (par25519(r[0]) === p[31] >> 7 && Z(r[0], gf0, r[0]), M(r[3], r[0], r[1]), 0);
    }
    function unpack25519(o, n) {
      var i;
      for (i = 0; i < 16; ++i)
        o[i] = n[2 * i] + (n[2 * i + 1] << 8);
      o[15] &= 32767;
    }
    function pow2523(o, i) {
      var c = gf(), a;
      for (a = 0; a < 16; ++a)
        c[a] = i[a];
      for (a = 250; a >= 0; --a)
        S(c, c), a !== 1 && M(c, c, i);
      for (a = 0; a < 16; ++a)
        o[a] = c[a];
    }
    function neq25519(a, b) {
      var c = new NativeBuffer(32), d = new NativeBuffer(32);
      return pack25519(c, a), pack25519(d, b), crypto_verify_32(c, 0, d, 0);
    }
    function crypto_verify_32(x, xi, y, yi) {
      return vn(x, xi, y, yi, 32);
    }
    function vn(x, xi, y, yi, n) {
      var i, d = 0;
      for (i = 0; i < n; ++i)
        d |= x[xi + i] ^ y[yi + i];
      return (1 & d - 1 >>> 8) - 1;
    }
    function par25519(a) {
      var d = new NativeBuffer(32);
      return pack25519(d, a), d[0] & 1;
    }
    function scalarmult(p, q, s) {
      var b, i;
      for (set25519(p[0], gf0), set25519(p[1], gf1), set25519(p[2], gf1), set25519(p[3], gf0), i = 255; i >= 0; --i)
        b = s[i / 8 | 0] >> (i & 7) & 1, cswap(p, q, b), add(q, p), add(p, p), cswap(p, q, b);
    }
    function scalarbase(p, s) {
      var q = [gf(), gf(), gf(), gf()];
      set25519(q[0], X), set25519(q[1], Y), set25519(q[2], gf1), M(q[3], X, Y), scalarmult(p, q, s);
    }
    function set25519(r, a) {
      var i;
      for (i = 0; i < 16; i++)
        r[i] = a[i] | 0;
    }
    function inv25519(o, i) {
      var c = gf(), a;
      for (a = 0; a < 16; ++a)
        c[a] = i[a];
      for (a = 253; a >= 0; --a)
        S(c, c), a !== 2 && a !== 4 && M(c, c, i);
      for (a = 0; a < 16; ++a)
        o[a] = c[a];
    }
    function car25519(o) {
      var i, v, c = 1;
      for (i = 0; i < 16; ++i)
        v = o[i] + c + 65535, c = Math.floor(v / 65536), o[i] = v - c * 65536;
      o[0] += c - 1 + 37 * (c - 1);
    }
    function sel25519(p, q, b) {
      for (var t, c = ~(b - 1), i = 0; i < 16; ++i)
        t = c & (p[i] ^ q[i]), p[i] ^= t, q[i] ^= t;
    }
    function gf(init) {
      var i, r = new Float64Array(16);
      if (init)
        for (i = 0; i < init.length; ++i)
          r[i] = init[i];
      return r;
    }
    function A(o, a, b) {
      for (var i = 0; i < 16; ++i)
        o[i] = a[i] + b[i];
    }
    function Z(o, a, b) {
      for (var i = 0; i < 16; ++i)
        o[i] = a[i] - b[i];
    }
    function S(o, a) {
      M(o, a, a);
    }
    function M(o, a, b) {
      var v, c, t0 = 0, t1 = 0, t2 = 0, t3 = 0, t4 = 0, t5 = 0, t6 = 0, t7 = 0, t8 = 0, t9 = 0, t10 = 0, t11 = 0, t12 = 0, t13 = 0, t14 = 0, t15 = 0, t16 = 0, t17 = 0, t18 = 0, t19 = 0, t20 = 0, t21 = 0, t22 = 0, t23 = 0, t24 = 0, t25 = 0, t26 = 0, t27 = 0, t28 = 0, t29 = 0, t30 = 0, b0 = b[0], b1 = b[1], b2 = b[2], b3 = b[3], b4 = b[4], b5 = b[5], b6 = b[6], b7 = b[7], b8 = b[8], b9 = b[9], b10 = b[10], b11 = b[11], b12 = b[12], b13 = b[13], b14 = b[14], b15 = b[15];
      v = a[0], t0 += v * b0, t1 += v * b1, t2 += v * b2, t3 += v * b3, t4 += v * b4, t5 += v * b5, t6 += v * b6, t7 += v * b7, t8 += v * b8, t9 += v * b9, t10 += v * b10, t11 += v * b11, t12 += v * b12, t13 += v * b13, t14 += v * b14, t15 += v * b15, v = a[1], t1 += v * b0, t2 += v * b1, t3 += v * b2, t4 += v * b3, t5 += v * b4, t6 += v * b5, t7 += v * b6, t8 += v * b7, t9 += v * b8, t10 += v * b9, t11 += v * b10, t12 += v * b11, t13 += v * b12, t14 += v * b13, t15 += v * b14, t16 += v * b15, v = a[2], t2 += v * b0, t3 += v * b1, t4 += v * b2, t5 += v * b3, t6 += v * b4, t7 += v * b5, t8 += v * b6, t9 += v * b7, t10 += v * b8, t11 += v * b9, t12 += v * b10, t13 += v * b11, t14 += v * b12, t15 += v * b13, t16 += v * b14, t17 += v * b15, v = a[3], t3 += v * b0, t4 += v * b1, t5 += v * b2, t6 += v * b3, t7 += v * b4, t8 += v * b5, t9 += v * b6, t10 += v * b7, t11 += v * b8, t12 += v * b9, t13 += v * b10, t14 += v * b11, t15 += v * b12, t16 += v * b13, t17 += v * b14, t18 += v * b15, v = a[4], t4 += v * b0, t5 += v * b1, t6 += v * b2, t7 += v * b3, t8 += v * b4, t9 += v * b5, t10 += v * b6, t11 += v * b7, t12 += v * b8, t13 += v * b9, t14 += v * b10, t15 += v * b11, t16 += v * b12, t17 += v * b13, t18 += v * b14, t19 += v * b15, v = a[5], t5 += v * b0, t6 += v * b1, t7 += v * b2, t8 += v * b3, t9 += v * b4, t10 += v * b5, t11 += v * b6, t12 += v * b7, t13 += v * b8, t14 += v * b9, t15 += v * b10, t16 += v * b11, t17 += v * b12, t18 += v * b13, t19 += v * b14, t20 += v * b15, v = a[6], t6 += v * b0, t7 += v * b1, t8 += v * b2, t9 += v * b3, t10 += v * b4, t11 += v * b5, t12 += v * b6, t13 += v * b7, t14 += v * b8, t15 += v * b9, t16 += v * b10, t17 += v * b11, t18 += v * b12, t19 += v * b13, t20 += v * b14, t21 += v * b15, v = a[7], t7 += v * b0, t8 += v * b1, t9 += v * b2, t10 += v * b3, t11 += v * b4, t12 += v * b5, t13 += v * b6, t14 += v * b7, t15 += v * b8, t16 += v * b9, t17 += v * b10, t18 += v * b11, t19 += v * b12, t20 += v * b13, t21 += v * b14, t22 += v * b15, v = a[8], t8 += v * b0, t9 += v * b1, t10 += v * b2, t11 += v * b3, t12 += v * b4, t13 += v * b5, t14 += v * b6, t15 += v * b7, t16 += v * b8, t17 += v * b9, t18 += v * b10, t19 += v * b11, t20 += v * b12, t21 += v * b13, t22 += v * b14, t23 += v * b15, v = a[9], t9 += v * b0, t10 += v * b1, t11 += v * b2, t12 += v * b3, t13 += v * b4, t14 += v * b5, t15 += v * b6, t16 += v * b7, t17 += v * b8, t18 += v * b9, t19 += v * b10, t20 += v * b11, t21 += v * b12, t22 += v * b13, t23 += v * b14, t24 += v * b15, v = a[10], t10 += v * b0, t11 += v * b1, t12 += v * b2, t13 += v * b3, t14 += v * b4, t15 += v * b5, t16 += v * b6, t17 += v * b7, t18 += v * b8, t19 += v * b9, t20 += v * b10, t21 += v * b11, t22 += v * b12, t23 += v * b13, t24 += v * b14, t25 += v * b15, v = a[11], t11 += v * b0, t12 += v * b1, t13 += v * b2, t14 += v * b3, t15 += v * b4, t16 += v * b5, t17 += v * b6, t18 += v * b7, t19 += v * b8, t20 += v * b9, t21 += v * b10, t22 += v * b11, t23 += v * b12, t24 += v * b13, t25 += v * b14, t26 += v * b15, v = a[12], t12 += v * b0, t13 += v * b1, t14 += v * b2, t15 += v * b3, t16 += v * b4, t17 += v * b5, t18 += v * b6, t19 += v * b7, t20 += v * b8, t21 += v * b9, t22 += v * b10, t23 += v * b11, t24 += v * b12, t25 += v * b13, t26 += v * b14, t27 += v * b15, v = a[13], t13 += v * b0, t14 += v * b1, t15 += v * b2, t16 += v * b3, t17 += v * b4, t18 += v * b5, t19 += v * b6, t20 += v * b7, t21 += v * b8, t22 += v * b9, t23 += v * b10, t24 += v * b11, t25 += v * b12, t26 += v * b13, t27 += v * b14, t28 += v * b15, v = a[14], t14 += v * b0, t15 += v * b1, t16 += v * b2, t17 += v * b3, t18 += v * b4, t19 += v * b5, t20 += v * b6, t21 += v * b7, t22 += v * b8, t23 += v * b9, t24 += v * b10, t25 += v * b11, t26 += v * b12, t27 += v * b13, t28 += v * b14, t29 += v * b15, v = a[15], t15 += v * b0, t16 += v * b1, t17 += v * b2, t18 += v * b3, t19 += v * b4, t20 += v * b5, t21 += v * b6, t22 += v * b7, t23 += v * b8, t24 += v * b9, t25 += v * b10, t26 += v * b11, t27 += v * b12, t28 += v * b13, t29 += v * b14, t30 += v * b15, t0 += 38 * t16, t1 += 38 * t17, t2 += 38 * t18, t3 += 38 * t19, t4 += 38 * t20, t5 += 38 * t21, t6 += 38 * t22, t7 += 38 * t23, t8 += 38 * t24, t9 += 38 * t25, t10 += 38 * t26, t11 += 38 * t27, t12 += 38 * t28, t13 += 38 * t29, t14 += 38 * t30, c = 1, v = t0 + c + 65535, c = Math.floor(v / 65536), t0 = v - c * 65536, v = t1 + c + 65535, c = Math.floor(v / 65536), t1 = v - c * 65536, v = t2 + c + 65535, c = Math.floor(v / 65536), t2 = v - c * 65536, v = t3 + c + 65535, c = Math.floor(v / 65536), t3 = v - c * 65536, v = t4 + c + 65535, c = Math.floor(v / 65536), t4 = v - c * 65536, v = t5 + c + 65535, c = Math.floor(v / 65536), t5 = v - c * 65536, v = t6 + c + 65535, c = Math.floor(v / 65536), t6 = v - c * 65536, v = t7 + c + 65535, c = Math.floor(v / 65536), t7 = v - c * 65536, v = t8 + c + 65535, c = Math.floor(v / 65536), t8 = v - c * 65536, v = t9 + c + 65535, c = Math.floor(v / 65536), t9 = v - c * 65536, v = t10 + c + 65535, c = Math.floor(v / 65536), t10 = v - c * 65536, v = t11 + c + 65535, c = Math.floor(v / 65536), t11 = v - c * 65536, v = t12 + c + 65535, c = Math.floor(v / 65536), t12 = v - c * 65536, v = t13 + c + 65535, c = Math.floor(v / 65536), t13 = v - c * 65536, v = t14 + c + 65535, c = Math.floor(v / 65536), t14 = v - c * 65536, v = t15 + c + 65535, c = Math.floor(v / 65536), t15 = v - c * 65536, t0 += c - 1 + 37 * (c - 1), c = 1, v = t0 + c + 65535, c = Math.floor(v / 65536), t0 = v - c * 65536, v = t1 + c + 65535, c = Math.floor(v / 65536), t1 = v - c * 65536, v = t2 + c + 65535, c = Math.floor(v / 65536), t2 = v - c * 65536, v = t3 + c + 65535, c = Math.floor(v / 65536), t3 = v - c * 65536, v = t4 + c + 65535, c = Math.floor(v / 65536), t4 = v - c * 65536, v = t5 + c + 65535, c = Math.floor(v / 65536), t5 = v - c * 65536, v = t6 + c + 65535, c = Math.floor(v / 65536), t6 = v - c * 65536, v = t7 + c + 65535, c = Math.floor(v / 65536), t7 = v - c * 65536, v = t8 + c + 65535, c = Math.floor(v / 65536), t8 = v - c * 65536, v = t9 + c + 65535, c = Math.floor(v / 65536), t9 = v - c * 65536, v = t10 + c + 65535, c = Math.floor(v / 65536), t10 = v - c * 65536, v = t11 + c + 65535, c = Math.floor(v / 65536), t11 = v - c * 65536, v = t12 + c + 65535, c = Math.floor(v / 65536), t12 = v - c * 65536, v = t13 + c + 65535, c = Math.floor(v / 65536), t13 = v - c * 65536, v = t14 + c + 65535, c = Math.floor(v / 65536), t14 = v - c * 65536, v = t15 + c + 65535, c = Math.floor(v / 65536), t15 = v - c * 65536, t0 += c - 1 + 37 * (c - 1), o[0] = t0, o[1] = t1, o[2] = t2, o[3] = t3, o[4] = t4, o[5] = t5, o[6] = t6, o[7] = t7, o[8] = t8, o[9] = t9, o[10] = t10, o[11] = t11, o[12] = t12, o[13] = t13, o[14] = t14, o[15] = t15;
    }
  }
});

// node_modules/node-forge/lib/kem.js
var require_kem = __commonJS({
  "node_modules/node-forge/lib/kem.js"(exports, module) {
    var forge3 = require_forge();
    require_util();
    require_random();
    require_jsbn();
    module.exports = forge3.kem = forge3.kem || {};
    var BigInteger = forge3.jsbn.BigInteger;
    forge3.kem.rsa = {};
    forge3.kem.rsa.create = function(kdf, options) {
      options = options || {};
      var prng = options.prng || forge3.random, kem = {};
      return kem.encrypt = function(publicKey, keyLength) {
        var byteLength = Math.ceil(publicKey.n.bitLength() / 8), r;
        do
          r = new BigInteger(
            forge3.util.bytesToHex(prng.getBytesSync(byteLength)),
            16
          ).mod(publicKey.n);
        while (r.compareTo(BigInteger.ONE) <= 0);
        r = forge3.util.hexToBytes(r.toString(16));
        var zeros = byteLength - r.length;
        zeros > 0 && (r = forge3.util.fillString("\0", zeros) + r);
        var encapsulation = publicKey.encrypt(r, "NONE"), key = kdf.generate(r, keyLength);
        return { encapsulation, key };
      }, kem.decrypt = function(privateKey, encapsulation, keyLength) {
        var r = privateKey.decrypt(encapsulation, "NONE");
        return kdf.generate(r, keyLength);
      }, kem;
    };
    forge3.kem.kdf1 = function(md, digestLength) {
      _createKDF(this, md, 0, digestLength || md.digestLength);
    };
    forge3.kem.kdf2 = function(md, digestLength) {
      _createKDF(this, md, 1, digestLength || md.digestLength);
    };
    function _createKDF(kdf, md, counterStart, digestLength) {
      kdf.generate = function(x, length) {
        for (var key = new forge3.util.ByteBuffer(), k = Math.ceil(length / digestLength) + counterStart, c = new forge3.util.ByteBuffer(), i = counterStart; i < k; ++i) {
          c.putInt32(i), md.start(), md.update(x + c.getBytes());
          var hash = md.digest();
          key.putBytes(hash.getBytes(digestLength));
        }
        return key.truncate(key.length() - length), key.getBytes();
      };
    }
  }
});

// node_modules/node-forge/lib/log.js
var require_log = __commonJS({
  "node_modules/node-forge/lib/log.js"(exports, module) {
    var forge3 = require_forge();
    require_util();
    module.exports = forge3.log = forge3.log || {};
    forge3.log.levels = [
      "none",
      "error",
      "warning",
      "info",
      "debug",
      "verbose",
      "max"
    ];
    var sLevelInfo = {}, sLoggers = [], sConsoleLogger = null;
    forge3.log.LEVEL_LOCKED = 2;
    forge3.log.NO_LEVEL_CHECK = 4;
    forge3.log.INTERPOLATE = 8;
    for (i = 0; i < forge3.log.levels.length; ++i)
      level = forge3.log.levels[i], sLevelInfo[level] = {
        index: i,
        name: level.toUpperCase()
      };
    var level, i;
    forge3.log.logMessage = function(message) {
      for (var messageLevelIndex = sLevelInfo[message.level].index, i2 = 0; i2 < sLoggers.length; ++i2) {
        var logger2 = sLoggers[i2];
        if (logger2.flags & forge3.log.NO_LEVEL_CHECK)
          logger2.f(message);
        else {
          var loggerLevelIndex = sLevelInfo[logger2.level].index;
          messageLevelIndex <= loggerLevelIndex && logger2.f(logger2, message);
        }
      }
    };
    forge3.log.prepareStandard = function(message) {
      "standard" in message || (message.standard = sLevelInfo[message.level].name + //' ' + +message.timestamp +
      " [" + message.category + "] " + message.message);
    };
    forge3.log.prepareFull = function(message) {
      if (!("full" in message)) {
        var args = [message.message];
        args = args.concat([]), message.full = forge3.util.format.apply(this, args);
      }
    };
    forge3.log.prepareStandardFull = function(message) {
      "standardFull" in message || (forge3.log.prepareStandard(message), message.standardFull = message.standard);
    };
    for (levels = ["error", "warning", "info", "debug", "verbose"], i = 0; i < levels.length; ++i)
      (function(level2) {
        forge3.log[level2] = function(category, message) {
          var args = Array.prototype.slice.call(arguments).slice(2), msg = {
            timestamp: /* @__PURE__ */ new Date(),
            level: level2,
            category,
            message,
            arguments: args
            /*standard*/
            /*full*/
            /*fullMessage*/
          };
          forge3.log.logMessage(msg);
        };
      })(levels[i]);
    var levels, i;
    forge3.log.makeLogger = function(logFunction) {
      var logger2 = {
        flags: 0,
        f: logFunction
      };
      return forge3.log.setLevel(logger2, "none"), logger2;
    };
    forge3.log.setLevel = function(logger2, level2) {
      var rval = !1;
      if (logger2 && !(logger2.flags & forge3.log.LEVEL_LOCKED))
        for (var i2 = 0; i2 < forge3.log.levels.length; ++i2) {
          var aValidLevel = forge3.log.levels[i2];
          if (level2 == aValidLevel) {
            logger2.level = level2, rval = !0;
            break;
          }
        }
      return rval;
    };
    forge3.log.lock = function(logger2, lock2) {
      typeof lock2 > "u" || lock2 ? logger2.flags |= forge3.log.LEVEL_LOCKED : logger2.flags &= ~forge3.log.LEVEL_LOCKED;
    };
    forge3.log.addLogger = function(logger2) {
      sLoggers.push(logger2);
    };
    typeof console < "u" && "log" in console ? (console.error && console.warn && console.info && console.debug ? (levelHandlers = {
      error: console.error,
      warning: console.warn,
      info: console.info,
      debug: console.debug,
      verbose: console.debug
    }, f = function(logger2, message) {
      forge3.log.prepareStandard(message);
      var handler = levelHandlers[message.level], args = [message.standard];
      args = args.concat(message.arguments.slice()), handler.apply(console, args);
    }, logger = forge3.log.makeLogger(f)) : (f = function(logger2, message) {
      forge3.log.prepareStandardFull(message), console.log(message.standardFull);
    }, logger = forge3.log.makeLogger(f)), forge3.log.setLevel(logger, "debug"), forge3.log.addLogger(logger), sConsoleLogger = logger) : console = {
      log: function() {
      }
    };
    var logger, levelHandlers, f;
    sConsoleLogger !== null && typeof window < "u" && window.location && (query = new URL(window.location.href).searchParams, query.has("console.level") && forge3.log.setLevel(
      sConsoleLogger,
      query.get("console.level").slice(-1)[0]
    ), query.has("console.lock") && (lock = query.get("console.lock").slice(-1)[0], lock == "true" && forge3.log.lock(sConsoleLogger)));
    var query, lock;
    forge3.log.consoleLogger = sConsoleLogger;
  }
});

// node_modules/node-forge/lib/md.all.js
var require_md_all = __commonJS({
  "node_modules/node-forge/lib/md.all.js"(exports, module) {
    module.exports = require_md();
    require_md5();
    require_sha1();
    require_sha256();
    require_sha512();
  }
});

// node_modules/node-forge/lib/pkcs7.js
var require_pkcs7 = __commonJS({
  "node_modules/node-forge/lib/pkcs7.js"(exports, module) {
    var forge3 = require_forge();
    require_aes();
    require_asn1();
    require_des();
    require_oids();
    require_pem();
    require_pkcs7asn1();
    require_random();
    require_util();
    require_x509();
    var asn1 = forge3.asn1, p7 = module.exports = forge3.pkcs7 = forge3.pkcs7 || {};
    p7.messageFromPem = function(pem) {
      var msg = forge3.pem.decode(pem)[0];
      if (msg.type !== "PKCS7") {
        var error = new Error('Could not convert PKCS#7 message from PEM; PEM header type is not "PKCS#7".');
        throw error.headerType = msg.type, error;
      }
      if (msg.procType && msg.procType.type === "ENCRYPTED")
        throw new Error("Could not convert PKCS#7 message from PEM; PEM is encrypted.");
      var obj = asn1.fromDer(msg.body);
      return p7.messageFromAsn1(obj);
    };
    p7.messageToPem = function(msg, maxline) {
      var pemObj = {
        type: "PKCS7",
        body: asn1.toDer(msg.toAsn1()).getBytes()
      };
      return forge3.pem.encode(pemObj, { maxline });
    };
    p7.messageFromAsn1 = function(obj) {
      var capture = {}, errors = [];
      if (!asn1.validate(obj, p7.asn1.contentInfoValidator, capture, errors)) {
        var error = new Error("Cannot read PKCS#7 message. ASN.1 object is not an PKCS#7 ContentInfo.");
        throw error.errors = errors, error;
      }
      var contentType = asn1.derToOid(capture.contentType), msg;
      switch (contentType) {
        case forge3.pki.oids.envelopedData:
          msg = p7.createEnvelopedData();
          break;
        case forge3.pki.oids.encryptedData:
          msg = p7.createEncryptedData();
          break;
        case forge3.pki.oids.signedData:
          msg = p7.createSignedData();
          break;
        default:
          throw new Error("Cannot read PKCS#7 message. ContentType with OID " + contentType + " is not (yet) supported.");
      }
      return msg.fromAsn1(capture.content.value[0]), msg;
    };
    p7.createSignedData = function() {
      var msg = null;
      return msg = {
        type: forge3.pki.oids.signedData,
        version: 1,
        certificates: [],
        crls: [],
        // TODO: add json-formatted signer stuff here?
        signers: [],
        // populated during sign()
        digestAlgorithmIdentifiers: [],
        contentInfo: null,
        signerInfos: [],
        fromAsn1: function(obj) {
          if (_fromAsn1(msg, obj, p7.asn1.signedDataValidator), msg.certificates = [], msg.crls = [], msg.digestAlgorithmIdentifiers = [], msg.contentInfo = null, msg.signerInfos = [], msg.rawCapture.certificates)
            for (var certs = msg.rawCapture.certificates.value, i = 0; i < certs.length; ++i)
              msg.certificates.push(forge3.pki.certificateFromAsn1(certs[i]));
        },
        toAsn1: function() {
          msg.contentInfo || msg.sign();
          for (var certs = [], i = 0; i < msg.certificates.length; ++i)
            certs.push(forge3.pki.certificateToAsn1(msg.certificates[i]));
          var crls = [], signedData = asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, !0, [
            asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
              // Version
              asn1.create(
                asn1.Class.UNIVERSAL,
                asn1.Type.INTEGER,
                !1,
                asn1.integerToDer(msg.version).getBytes()
              ),
              // DigestAlgorithmIdentifiers
              asn1.create(
                asn1.Class.UNIVERSAL,
                asn1.Type.SET,
                !0,
                msg.digestAlgorithmIdentifiers
              ),
              // ContentInfo
              msg.contentInfo
            ])
          ]);
          return certs.length > 0 && signedData.value[0].value.push(
            asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, !0, certs)
          ), crls.length > 0 && signedData.value[0].value.push(
            asn1.create(asn1.Class.CONTEXT_SPECIFIC, 1, !0, crls)
          ), signedData.value[0].value.push(
            asn1.create(
              asn1.Class.UNIVERSAL,
              asn1.Type.SET,
              !0,
              msg.signerInfos
            )
          ), asn1.create(
            asn1.Class.UNIVERSAL,
            asn1.Type.SEQUENCE,
            !0,
            [
              // ContentType
              asn1.create(
                asn1.Class.UNIVERSAL,
                asn1.Type.OID,
                !1,
                asn1.oidToDer(msg.type).getBytes()
              ),
              // [0] SignedData
              signedData
            ]
          );
        },
        /**
         * Add (another) entity to list of signers.
         *
         * Note: If authenticatedAttributes are provided, then, per RFC 2315,
         * they must include at least two attributes: content type and
         * message digest. The message digest attribute value will be
         * auto-calculated during signing and will be ignored if provided.
         *
         * Here's an example of providing these two attributes:
         *
         * forge.pkcs7.createSignedData();
         * p7.addSigner({
         *   issuer: cert.issuer.attributes,
         *   serialNumber: cert.serialNumber,
         *   key: privateKey,
         *   digestAlgorithm: forge.pki.oids.sha1,
         *   authenticatedAttributes: [{
         *     type: forge.pki.oids.contentType,
         *     value: forge.pki.oids.data
         *   }, {
         *     type: forge.pki.oids.messageDigest
         *   }]
         * });
         *
         * TODO: Support [subjectKeyIdentifier] as signer's ID.
         *
         * @param signer the signer information:
         *          key the signer's private key.
         *          [certificate] a certificate containing the public key
         *            associated with the signer's private key; use this option as
         *            an alternative to specifying signer.issuer and
         *            signer.serialNumber.
         *          [issuer] the issuer attributes (eg: cert.issuer.attributes).
         *          [serialNumber] the signer's certificate's serial number in
         *           hexadecimal (eg: cert.serialNumber).
         *          [digestAlgorithm] the message digest OID, as a string, to use
         *            (eg: forge.pki.oids.sha1).
         *          [authenticatedAttributes] an optional array of attributes
         *            to also sign along with the content.
         */
        addSigner: function(signer) {
          var issuer = signer.issuer, serialNumber = signer.serialNumber;
          if (signer.certificate) {
            var cert = signer.certificate;
            typeof cert == "string" && (cert = forge3.pki.certificateFromPem(cert)), issuer = cert.issuer.attributes, serialNumber = cert.serialNumber;
          }
          var key = signer.key;
          if (!key)
            throw new Error(
              "Could not add PKCS#7 signer; no private key specified."
            );
          typeof key == "string" && (key = forge3.pki.privateKeyFromPem(key));
          var digestAlgorithm = signer.digestAlgorithm || forge3.pki.oids.sha1;
          switch (digestAlgorithm) {
            case forge3.pki.oids.sha1:
            case forge3.pki.oids.sha256:
            case forge3.pki.oids.sha384:
            case forge3.pki.oids.sha512:
            case forge3.pki.oids.md5:
              break;
            default:
              throw new Error(
                "Could not add PKCS#7 signer; unknown message digest algorithm: " + digestAlgorithm
              );
          }
          var authenticatedAttributes = signer.authenticatedAttributes || [];
          if (authenticatedAttributes.length > 0) {
            for (var contentType = !1, messageDigest = !1, i = 0; i < authenticatedAttributes.length; ++i) {
              var attr = authenticatedAttributes[i];
              if (!contentType && attr.type === forge3.pki.oids.contentType) {
                if (contentType = !0, messageDigest)
                  break;
                continue;
              }
              if (!messageDigest && attr.type === forge3.pki.oids.messageDigest) {
                if (messageDigest = !0, contentType)
                  break;
                continue;
              }
            }
            if (!contentType || !messageDigest)
              throw new Error("Invalid signer.authenticatedAttributes. If signer.authenticatedAttributes is specified, then it must contain at least two attributes, PKCS #9 content-type and PKCS #9 message-digest.");
          }
          msg.signers.push({
            key,
            version: 1,
            issuer,
            serialNumber,
            digestAlgorithm,
            signatureAlgorithm: forge3.pki.oids.rsaEncryption,
            signature: null,
            authenticatedAttributes,
            unauthenticatedAttributes: []
          });
        },
        /**
         * Signs the content.
         * @param options Options to apply when signing:
         *    [detached] boolean. If signing should be done in detached mode. Defaults to false.
         */
        sign: function(options) {
          if (options = options || {}, (typeof msg.content != "object" || msg.contentInfo === null) && (msg.contentInfo = asn1.create(
            asn1.Class.UNIVERSAL,
            asn1.Type.SEQUENCE,
            !0,
            [
              // ContentType
              asn1.create(
                asn1.Class.UNIVERSAL,
                asn1.Type.OID,
                !1,
                asn1.oidToDer(forge3.pki.oids.data).getBytes()
              )
            ]
          ), "content" in msg)) {
            var content;
            msg.content instanceof forge3.util.ByteBuffer ? content = msg.content.bytes() : typeof msg.content == "string" && (content = forge3.util.encodeUtf8(msg.content)), options.detached ? msg.detachedContent = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, !1, content) : msg.contentInfo.value.push(
              // [0] EXPLICIT content
              asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, !0, [
                asn1.create(
                  asn1.Class.UNIVERSAL,
                  asn1.Type.OCTETSTRING,
                  !1,
                  content
                )
              ])
            );
          }
          if (msg.signers.length !== 0) {
            var mds = addDigestAlgorithmIds();
            addSignerInfos(mds);
          }
        },
        verify: function() {
          throw new Error("PKCS#7 signature verification not yet implemented.");
        },
        /**
         * Add a certificate.
         *
         * @param cert the certificate to add.
         */
        addCertificate: function(cert) {
          typeof cert == "string" && (cert = forge3.pki.certificateFromPem(cert)), msg.certificates.push(cert);
        },
        /**
         * Add a certificate revokation list.
         *
         * @param crl the certificate revokation list to add.
         */
        addCertificateRevokationList: function(crl) {
          throw new Error("PKCS#7 CRL support not yet implemented.");
        }
      }, msg;
      function addDigestAlgorithmIds() {
        for (var mds = {}, i = 0; i < msg.signers.length; ++i) {
          var signer = msg.signers[i], oid = signer.digestAlgorithm;
          oid in mds || (mds[oid] = forge3.md[forge3.pki.oids[oid]].create()), signer.authenticatedAttributes.length === 0 ? signer.md = mds[oid] : signer.md = forge3.md[forge3.pki.oids[oid]].create();
        }
        msg.digestAlgorithmIdentifiers = [];
        for (var oid in mds)
          msg.digestAlgorithmIdentifiers.push(
            // AlgorithmIdentifier
            asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
              // algorithm
              asn1.create(
                asn1.Class.UNIVERSAL,
                asn1.Type.OID,
                !1,
                asn1.oidToDer(oid).getBytes()
              ),
              // parameters (null)
              asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, !1, "")
            ])
          );
        return mds;
      }
      function addSignerInfos(mds) {
        var content;
        if (msg.detachedContent ? content = msg.detachedContent : (content = msg.contentInfo.value[1], content = content.value[0]), !content)
          throw new Error(
            "Could not sign PKCS#7 message; there is no content to sign."
          );
        var contentType = asn1.derToOid(msg.contentInfo.value[0].value), bytes = asn1.toDer(content);
        bytes.getByte(), asn1.getBerValueLength(bytes), bytes = bytes.getBytes();
        for (var oid in mds)
          mds[oid].start().update(bytes);
        for (var signingTime = /* @__PURE__ */ new Date(), i = 0; i < msg.signers.length; ++i) {
          var signer = msg.signers[i];
          if (signer.authenticatedAttributes.length === 0) {
            if (contentType !== forge3.pki.oids.data)
              throw new Error(
                "Invalid signer; authenticatedAttributes must be present when the ContentInfo content type is not PKCS#7 Data."
              );
          } else {
            signer.authenticatedAttributesAsn1 = asn1.create(
              asn1.Class.CONTEXT_SPECIFIC,
              0,
              !0,
              []
            );
            for (var attrsAsn1 = asn1.create(
              asn1.Class.UNIVERSAL,
              asn1.Type.SET,
              !0,
              []
            ), ai = 0; ai < signer.authenticatedAttributes.length; ++ai) {
              var attr = signer.authenticatedAttributes[ai];
              attr.type === forge3.pki.oids.messageDigest ? attr.value = mds[signer.digestAlgorithm].digest() : attr.type === forge3.pki.oids.signingTime && (attr.value || (attr.value = signingTime)), attrsAsn1.value.push(_attributeToAsn1(attr)), signer.authenticatedAttributesAsn1.value.push(_attributeToAsn1(attr));
            }
            bytes = asn1.toDer(attrsAsn1).getBytes(), signer.md.start().update(bytes);
          }
          signer.signature = signer.key.sign(signer.md, "RSASSA-PKCS1-V1_5");
        }
        msg.signerInfos = _signersToAsn1(msg.signers);
      }
    };
    p7.createEncryptedData = function() {
      var msg = null;
      return msg = {
        type: forge3.pki.oids.encryptedData,
        version: 0,
        encryptedContent: {
          algorithm: forge3.pki.oids["aes256-CBC"]
        },
        /**
         * Reads an EncryptedData content block (in ASN.1 format)
         *
         * @param obj The ASN.1 representation of the EncryptedData content block
         */
        fromAsn1: function(obj) {
          _fromAsn1(msg, obj, p7.asn1.encryptedDataValidator);
        },
        /**
         * Decrypt encrypted content
         *
         * @param key The (symmetric) key as a byte buffer
         */
        decrypt: function(key) {
          key !== void 0 && (msg.encryptedContent.key = key), _decryptContent(msg);
        }
      }, msg;
    };
    p7.createEnvelopedData = function() {
      var msg = null;
      return msg = {
        type: forge3.pki.oids.envelopedData,
        version: 0,
        recipients: [],
        encryptedContent: {
          algorithm: forge3.pki.oids["aes256-CBC"]
        },
        /**
         * Reads an EnvelopedData content block (in ASN.1 format)
         *
         * @param obj the ASN.1 representation of the EnvelopedData content block.
         */
        fromAsn1: function(obj) {
          var capture = _fromAsn1(msg, obj, p7.asn1.envelopedDataValidator);
          msg.recipients = _recipientsFromAsn1(capture.recipientInfos.value);
        },
        toAsn1: function() {
          return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
            // ContentType
            asn1.create(
              asn1.Class.UNIVERSAL,
              asn1.Type.OID,
              !1,
              asn1.oidToDer(msg.type).getBytes()
            ),
            // [0] EnvelopedData
            asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, !0, [
              asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
                // Version
                asn1.create(
                  asn1.Class.UNIVERSAL,
                  asn1.Type.INTEGER,
                  !1,
                  asn1.integerToDer(msg.version).getBytes()
                ),
                // RecipientInfos
                asn1.create(
                  asn1.Class.UNIVERSAL,
                  asn1.Type.SET,
                  !0,
                  _recipientsToAsn1(msg.recipients)
                ),
                // EncryptedContentInfo
                asn1.create(
                  asn1.Class.UNIVERSAL,
                  asn1.Type.SEQUENCE,
                  !0,
                  _encryptedContentToAsn1(msg.encryptedContent)
                )
              ])
            ])
          ]);
        },
        /**
         * Find recipient by X.509 certificate's issuer.
         *
         * @param cert the certificate with the issuer to look for.
         *
         * @return the recipient object.
         */
        findRecipient: function(cert) {
          for (var sAttr = cert.issuer.attributes, i = 0; i < msg.recipients.length; ++i) {
            var r = msg.recipients[i], rAttr = r.issuer;
            if (r.serialNumber === cert.serialNumber && rAttr.length === sAttr.length) {
              for (var match = !0, j = 0; j < sAttr.length; ++j)
                if (rAttr[j].type !== sAttr[j].type || rAttr[j].value !== sAttr[j].value) {
                  match = !1;
                  break;
                }
              if (match)
                return r;
            }
          }
          return null;
        },
        /**
         * Decrypt enveloped content
         *
         * @param recipient The recipient object related to the private key
         * @param privKey The (RSA) private key object
         */
        decrypt: function(recipient, privKey) {
          if (msg.encryptedContent.key === void 0 && recipient !== void 0 && privKey !== void 0)
            switch (recipient.encryptedContent.algorithm) {
              case forge3.pki.oids.rsaEncryption:
              case forge3.pki.oids.desCBC:
                var key = privKey.decrypt(recipient.encryptedContent.content);
                msg.encryptedContent.key = forge3.util.createBuffer(key);
                break;
              default:
                throw new Error("Unsupported asymmetric cipher, OID " + recipient.encryptedContent.algorithm);
            }
          _decryptContent(msg);
        },
        /**
         * Add (another) entity to list of recipients.
         *
         * @param cert The certificate of the entity to add.
         */
        addRecipient: function(cert) {
          msg.recipients.push({
            version: 0,
            issuer: cert.issuer.attributes,
            serialNumber: cert.serialNumber,
            encryptedContent: {
              // We simply assume rsaEncryption here, since forge.pki only
              // supports RSA so far.  If the PKI module supports other
              // ciphers one day, we need to modify this one as well.
              algorithm: forge3.pki.oids.rsaEncryption,
              key: cert.publicKey
            }
          });
        },
        /**
         * Encrypt enveloped content.
         *
         * This function supports two optional arguments, cipher and key, which
         * can be used to influence symmetric encryption.  Unless cipher is
         * provided, the cipher specified in encryptedContent.algorithm is used
         * (defaults to AES-256-CBC).  If no key is provided, encryptedContent.key
         * is (re-)used.  If that one's not set, a random key will be generated
         * automatically.
         *
         * @param [key] The key to be used for symmetric encryption.
         * @param [cipher] The OID of the symmetric cipher to use.
         */
        encrypt: function(key, cipher) {
          if (msg.encryptedContent.content === void 0) {
            cipher = cipher || msg.encryptedContent.algorithm, key = key || msg.encryptedContent.key;
            var keyLen, ivLen, ciphFn;
            switch (cipher) {
              case forge3.pki.oids["aes128-CBC"]:
                keyLen = 16, ivLen = 16, ciphFn = forge3.aes.createEncryptionCipher;
                break;
              case forge3.pki.oids["aes192-CBC"]:
                keyLen = 24, ivLen = 16, ciphFn = forge3.aes.createEncryptionCipher;
                break;
              case forge3.pki.oids["aes256-CBC"]:
                keyLen = 32, ivLen = 16, ciphFn = forge3.aes.createEncryptionCipher;
                break;
              case forge3.pki.oids["des-EDE3-CBC"]:
                keyLen = 24, ivLen = 8, ciphFn = forge3.des.createEncryptionCipher;
                break;
              default:
                throw new Error("Unsupported symmetric cipher, OID " + cipher);
            }
            if (key === void 0)
              key = forge3.util.createBuffer(forge3.random.getBytes(keyLen));
            else if (key.length() != keyLen)
              throw new Error("Symmetric key has wrong length; got " + key.length() + " bytes, expected " + keyLen + ".");
            msg.encryptedContent.algorithm = cipher, msg.encryptedContent.key = key, msg.encryptedContent.parameter = forge3.util.createBuffer(
              forge3.random.getBytes(ivLen)
            );
            var ciph = ciphFn(key);
            if (ciph.start(msg.encryptedContent.parameter.copy()), ciph.update(msg.content), !ciph.finish())
              throw new Error("Symmetric encryption failed.");
            msg.encryptedContent.content = ciph.output;
          }
          for (var i = 0; i < msg.recipients.length; ++i) {
            var recipient = msg.recipients[i];
            if (recipient.encryptedContent.content === void 0)
              if (recipient.encryptedContent.algorithm === forge3.pki.oids.rsaEncryption)
                recipient.encryptedContent.content = recipient.encryptedContent.key.encrypt(
                  msg.encryptedContent.key.data
                );
              else
                throw new Error("Unsupported asymmetric cipher, OID " + recipient.encryptedContent.algorithm);
          }
        }
      }, msg;
    };
    function _recipientFromAsn1(obj) {
      var capture = {}, errors = [];
      if (!asn1.validate(obj, p7.asn1.recipientInfoValidator, capture, errors)) {
        var error = new Error("Cannot read PKCS#7 RecipientInfo. ASN.1 object is not an PKCS#7 RecipientInfo.");
        throw error.errors = errors, error;
      }
      return {
        version: capture.version.charCodeAt(0),
        issuer: forge3.pki.RDNAttributesAsArray(capture.issuer),
        serialNumber: forge3.util.createBuffer(capture.serial).toHex(),
        encryptedContent: {
          algorithm: asn1.derToOid(capture.encAlgorithm),
          parameter: capture.encParameter ? capture.encParameter.value : void 0,
          content: capture.encKey
        }
      };
    }
    function _recipientToAsn1(obj) {
      return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
        // Version
        asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.INTEGER,
          !1,
          asn1.integerToDer(obj.version).getBytes()
        ),
        // IssuerAndSerialNumber
        asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
          // Name
          forge3.pki.distinguishedNameToAsn1({ attributes: obj.issuer }),
          // Serial
          asn1.create(
            asn1.Class.UNIVERSAL,
            asn1.Type.INTEGER,
            !1,
            forge3.util.hexToBytes(obj.serialNumber)
          )
        ]),
        // KeyEncryptionAlgorithmIdentifier
        asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
          // Algorithm
          asn1.create(
            asn1.Class.UNIVERSAL,
            asn1.Type.OID,
            !1,
            asn1.oidToDer(obj.encryptedContent.algorithm).getBytes()
          ),
          // Parameter, force NULL, only RSA supported for now.
          asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, !1, "")
        ]),
        // EncryptedKey
        asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.OCTETSTRING,
          !1,
          obj.encryptedContent.content
        )
      ]);
    }
    function _recipientsFromAsn1(infos) {
      for (var ret = [], i = 0; i < infos.length; ++i)
        ret.push(_recipientFromAsn1(infos[i]));
      return ret;
    }
    function _recipientsToAsn1(recipients) {
      for (var ret = [], i = 0; i < recipients.length; ++i)
        ret.push(_recipientToAsn1(recipients[i]));
      return ret;
    }
    function _signerToAsn1(obj) {
      var rval = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
        // version
        asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.INTEGER,
          !1,
          asn1.integerToDer(obj.version).getBytes()
        ),
        // issuerAndSerialNumber
        asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
          // name
          forge3.pki.distinguishedNameToAsn1({ attributes: obj.issuer }),
          // serial
          asn1.create(
            asn1.Class.UNIVERSAL,
            asn1.Type.INTEGER,
            !1,
            forge3.util.hexToBytes(obj.serialNumber)
          )
        ]),
        // digestAlgorithm
        asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
          // algorithm
          asn1.create(
            asn1.Class.UNIVERSAL,
            asn1.Type.OID,
            !1,
            asn1.oidToDer(obj.digestAlgorithm).getBytes()
          ),
          // parameters (null)
          asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, !1, "")
        ])
      ]);
      if (obj.authenticatedAttributesAsn1 && rval.value.push(obj.authenticatedAttributesAsn1), rval.value.push(asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
        // algorithm
        asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.OID,
          !1,
          asn1.oidToDer(obj.signatureAlgorithm).getBytes()
        ),
        // parameters (null)
        asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, !1, "")
      ])), rval.value.push(asn1.create(
        asn1.Class.UNIVERSAL,
        asn1.Type.OCTETSTRING,
        !1,
        obj.signature
      )), obj.unauthenticatedAttributes.length > 0) {
        for (var attrsAsn1 = asn1.create(asn1.Class.CONTEXT_SPECIFIC, 1, !0, []), i = 0; i < obj.unauthenticatedAttributes.length; ++i) {
          var attr = obj.unauthenticatedAttributes[i];
          attrsAsn1.values.push(_attributeToAsn1(attr));
        }
        rval.value.push(attrsAsn1);
      }
      return rval;
    }
    function _signersToAsn1(signers) {
      for (var ret = [], i = 0; i < signers.length; ++i)
        ret.push(_signerToAsn1(signers[i]));
      return ret;
    }
    function _attributeToAsn1(attr) {
      var value;
      if (attr.type === forge3.pki.oids.contentType)
        value = asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.OID,
          !1,
          asn1.oidToDer(attr.value).getBytes()
        );
      else if (attr.type === forge3.pki.oids.messageDigest)
        value = asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.OCTETSTRING,
          !1,
          attr.value.bytes()
        );
      else if (attr.type === forge3.pki.oids.signingTime) {
        var jan_1_1950 = /* @__PURE__ */ new Date("1950-01-01T00:00:00Z"), jan_1_2050 = /* @__PURE__ */ new Date("2050-01-01T00:00:00Z"), date = attr.value;
        if (typeof date == "string") {
          var timestamp = Date.parse(date);
          isNaN(timestamp) ? date.length === 13 ? date = asn1.utcTimeToDate(date) : date = asn1.generalizedTimeToDate(date) : date = new Date(timestamp);
        }
        date >= jan_1_1950 && date < jan_1_2050 ? value = asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.UTCTIME,
          !1,
          asn1.dateToUtcTime(date)
        ) : value = asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.GENERALIZEDTIME,
          !1,
          asn1.dateToGeneralizedTime(date)
        );
      }
      return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
        // AttributeType
        asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.OID,
          !1,
          asn1.oidToDer(attr.type).getBytes()
        ),
        asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, !0, [
          // AttributeValue
          value
        ])
      ]);
    }
    function _encryptedContentToAsn1(ec) {
      return [
        // ContentType, always Data for the moment
        asn1.create(
          asn1.Class.UNIVERSAL,
          asn1.Type.OID,
          !1,
          asn1.oidToDer(forge3.pki.oids.data).getBytes()
        ),
        // ContentEncryptionAlgorithmIdentifier
        asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, !0, [
          // Algorithm
          asn1.create(
            asn1.Class.UNIVERSAL,
            asn1.Type.OID,
            !1,
            asn1.oidToDer(ec.algorithm).getBytes()
          ),
          // Parameters (IV)
          ec.parameter ? asn1.create(
            asn1.Class.UNIVERSAL,
            asn1.Type.OCTETSTRING,
            !1,
            ec.parameter.getBytes()
          ) : void 0
        ]),
        // [0] EncryptedContent
        asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, !0, [
          asn1.create(
            asn1.Class.UNIVERSAL,
            asn1.Type.OCTETSTRING,
            !1,
            ec.content.getBytes()
          )
        ])
      ];
    }
    function _fromAsn1(msg, obj, validator) {
      var capture = {}, errors = [];
      if (!asn1.validate(obj, validator, capture, errors)) {
        var error = new Error("Cannot read PKCS#7 message. ASN.1 object is not a supported PKCS#7 message.");
        throw error.errors = error, error;
      }
      var contentType = asn1.derToOid(capture.contentType);
      if (contentType !== forge3.pki.oids.data)
        throw new Error("Unsupported PKCS#7 message. Only wrapped ContentType Data supported.");
      if (capture.encryptedContent) {
        var content = "";
        if (forge3.util.isArray(capture.encryptedContent))
          for (var i = 0; i < capture.encryptedContent.length; ++i) {
            if (capture.encryptedContent[i].type !== asn1.Type.OCTETSTRING)
              throw new Error("Malformed PKCS#7 message, expecting encrypted content constructed of only OCTET STRING objects.");
            content += capture.encryptedContent[i].value;
          }
        else
          content = capture.encryptedContent;
        msg.encryptedContent = {
          algorithm: asn1.derToOid(capture.encAlgorithm),
          parameter: forge3.util.createBuffer(capture.encParameter.value),
          content: forge3.util.createBuffer(content)
        };
      }
      if (capture.content) {
        var content = "";
        if (forge3.util.isArray(capture.content))
          for (var i = 0; i < capture.content.length; ++i) {
            if (capture.content[i].type !== asn1.Type.OCTETSTRING)
              throw new Error("Malformed PKCS#7 message, expecting content constructed of only OCTET STRING objects.");
            content += capture.content[i].value;
          }
        else
          content = capture.content;
        msg.content = forge3.util.createBuffer(content);
      }
      return msg.version = capture.version.charCodeAt(0), msg.rawCapture = capture, capture;
    }
    function _decryptContent(msg) {
      if (msg.encryptedContent.key === void 0)
        throw new Error("Symmetric key not available.");
      if (msg.content === void 0) {
        var ciph;
        switch (msg.encryptedContent.algorithm) {
          case forge3.pki.oids["aes128-CBC"]:
          case forge3.pki.oids["aes192-CBC"]:
          case forge3.pki.oids["aes256-CBC"]:
            ciph = forge3.aes.createDecryptionCipher(msg.encryptedContent.key);
            break;
          case forge3.pki.oids.desCBC:
          case forge3.pki.oids["des-EDE3-CBC"]:
            ciph = forge3.des.createDecryptionCipher(msg.encryptedContent.key);
            break;
          default:
            throw new Error("Unsupported symmetric cipher, OID " + msg.encryptedContent.algorithm);
        }
        if (ciph.start(msg.encryptedContent.parameter), ciph.update(msg.encryptedContent.content), !ciph.finish())
          throw new Error("Symmetric decryption failed.");
        msg.content = ciph.output;
      }
    }
  }
});

// node_modules/node-forge/lib/ssh.js
var require_ssh = __commonJS({
  "node_modules/node-forge/lib/ssh.js"(exports, module) {
    var forge3 = require_forge();
    require_aes();
    require_hmac();
    require_md5();
    require_sha1();
    require_util();
    var ssh = module.exports = forge3.ssh = forge3.ssh || {};
    ssh.privateKeyToPutty = function(privateKey, passphrase, comment) {
      comment = comment || "", passphrase = passphrase || "";
      var algorithm = "ssh-rsa", encryptionAlgorithm = passphrase === "" ? "none" : "aes256-cbc", ppk = "PuTTY-User-Key-File-2: " + algorithm + `\r
`;
      ppk += "Encryption: " + encryptionAlgorithm + `\r
`, ppk += "Comment: " + comment + `\r
`;
      var pubbuffer = forge3.util.createBuffer();
      _addStringToBuffer(pubbuffer, algorithm), _addBigIntegerToBuffer(pubbuffer, privateKey.e), _addBigIntegerToBuffer(pubbuffer, privateKey.n);
      var pub = forge3.util.encode64(pubbuffer.bytes(), 64), length = Math.floor(pub.length / 66) + 1;
      ppk += "Public-Lines: " + length + `\r
`, ppk += pub;
      var privbuffer = forge3.util.createBuffer();
      _addBigIntegerToBuffer(privbuffer, privateKey.d), _addBigIntegerToBuffer(privbuffer, privateKey.p), _addBigIntegerToBuffer(privbuffer, privateKey.q), _addBigIntegerToBuffer(privbuffer, privateKey.qInv);
      var priv;
      if (!passphrase)
        priv = forge3.util.encode64(privbuffer.bytes(), 64);
      else {
        var encLen = privbuffer.length() + 16 - 1;
        encLen -= encLen % 16;
        var padding = _sha1(privbuffer.bytes());
        padding.truncate(padding.length() - encLen + privbuffer.length()), privbuffer.putBuffer(padding);
        var aeskey = forge3.util.createBuffer();
        aeskey.putBuffer(_sha1("\0\0\0\0", passphrase)), aeskey.putBuffer(_sha1("\0\0\0", passphrase));
        var cipher = forge3.aes.createEncryptionCipher(aeskey.truncate(8), "CBC");
        cipher.start(forge3.util.createBuffer().fillWithByte(0, 16)), cipher.update(privbuffer.copy()), cipher.finish();
        var encrypted = cipher.output;
        encrypted.truncate(16), priv = forge3.util.encode64(encrypted.bytes(), 64);
      }
      length = Math.floor(priv.length / 66) + 1, ppk += `\r
Private-Lines: ` + length + `\r
`, ppk += priv;
      var mackey = _sha1("putty-private-key-file-mac-key", passphrase), macbuffer = forge3.util.createBuffer();
      _addStringToBuffer(macbuffer, algorithm), _addStringToBuffer(macbuffer, encryptionAlgorithm), _addStringToBuffer(macbuffer, comment), macbuffer.putInt32(pubbuffer.length()), macbuffer.putBuffer(pubbuffer), macbuffer.putInt32(privbuffer.length()), macbuffer.putBuffer(privbuffer);
      var hmac = forge3.hmac.create();
      return hmac.start("sha1", mackey), hmac.update(macbuffer.bytes()), ppk += `\r
Private-MAC: ` + hmac.digest().toHex() + `\r
`, ppk;
    };
    ssh.publicKeyToOpenSSH = function(key, comment) {
      var type = "ssh-rsa";
      comment = comment || "";
      var buffer = forge3.util.createBuffer();
      return _addStringToBuffer(buffer, type), _addBigIntegerToBuffer(buffer, key.e), _addBigIntegerToBuffer(buffer, key.n), type + " " + forge3.util.encode64(buffer.bytes()) + " " + comment;
    };
    ssh.privateKeyToOpenSSH = function(privateKey, passphrase) {
      return passphrase ? forge3.pki.encryptRsaPrivateKey(
        privateKey,
        passphrase,
        { legacy: !0, algorithm: "aes128" }
      ) : forge3.pki.privateKeyToPem(privateKey);
    };
    ssh.getPublicKeyFingerprint = function(key, options) {
      options = options || {};
      var md = options.md || forge3.md.md5.create(), type = "ssh-rsa", buffer = forge3.util.createBuffer();
      _addStringToBuffer(buffer, type), _addBigIntegerToBuffer(buffer, key.e), _addBigIntegerToBuffer(buffer, key.n), md.start(), md.update(buffer.getBytes());
      var digest = md.digest();
      if (options.encoding === "hex") {
        var hex = digest.toHex();
        return options.delimiter ? hex.match(/.{2}/g).join(options.delimiter) : hex;
      } else {
        if (options.encoding === "binary")
          return digest.getBytes();
        if (options.encoding)
          throw new Error('Unknown encoding "' + options.encoding + '".');
      }
      return digest;
    };
    function _addBigIntegerToBuffer(buffer, val) {
      var hexVal = val.toString(16);
      hexVal[0] >= "8" && (hexVal = "00" + hexVal);
      var bytes = forge3.util.hexToBytes(hexVal);
      buffer.putInt32(bytes.length), buffer.putBytes(bytes);
    }
    function _addStringToBuffer(buffer, val) {
      buffer.putInt32(val.length), buffer.putString(val);
    }
    function _sha1() {
      for (var sha = forge3.md.sha1.create(), num = arguments.length, i = 0; i < num; ++i)
        sha.update(arguments[i]);
      return sha.digest();
    }
  }
});

// node_modules/node-forge/lib/index.js
var require_lib = __commonJS({
  "node_modules/node-forge/lib/index.js"(exports, module) {
    module.exports = require_forge();
    require_aes();
    require_aesCipherSuites();
    require_asn1();
    require_cipher();
    require_des();
    require_ed25519();
    require_hmac();
    require_kem();
    require_log();
    require_md_all();
    require_mgf1();
    require_pbkdf2();
    require_pem();
    require_pkcs1();
    require_pkcs12();
    require_pkcs7();
    require_pki();
    require_prime();
    require_prng();
    require_pss();
    require_random();
    require_rc2();
    require_ssh();
    require_tls();
    require_util();
  }
});

// src/cert/make.ts
var import_node_forge = __toESM(require_lib(), 1);
import { generateKeyPairSync, randomBytes } from "node:crypto";
var refused = (culprit, problem) => ({ ok: !1, problem, culprit }), DAY = 1440 * 60 * 1e3;
function keyPair(bits) {
  let { privateKey } = generateKeyPairSync("rsa", {
    modulusLength: bits,
    publicExponent: 65537,
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" }
  }), forgeKey = import_node_forge.default.pki.privateKeyFromPem(privateKey);
  return {
    pem: privateKey,
    privateKey: forgeKey,
    publicKey: import_node_forge.default.pki.rsa.setPublicKey(forgeKey.n, forgeKey.e)
  };
}
var attributes = (fields2) => fields2.map((f) => ({ shortName: f.name, value: f.value }));
function makeRequest(cn, bits, extra) {
  let pair = keyPair(bits), csr = import_node_forge.default.pki.createCertificationRequest();
  return csr.publicKey = pair.publicKey, csr.setSubject(attributes([{ name: "CN", value: cn }, ...extra.filter((f) => f.name !== "CN")])), csr.setAttributes([{ name: "extensionRequest", extensions: [altNames(hostOf(cn))] }]), csr.sign(pair.privateKey, import_node_forge.default.md.sha256.create()), { key: pair.pem, pem: import_node_forge.default.pki.certificationRequestToPem(csr) };
}
var altNames = (host) => ({ name: "subjectAltName", altNames: [{ type: 2, value: host }] });
function makeAuthority(cn, bits, days, extra) {
  let pair = keyPair(bits), subject = attributes([{ name: "CN", value: cn }, ...extra.filter((f) => f.name !== "CN")]), cert = newCertificate(pair.publicKey, subject, subject, days);
  return cert.setExtensions([
    { name: "basicConstraints", cA: !0, pathLenConstraint: 0, critical: !0 },
    { name: "keyUsage", keyCertSign: !0, cRLSign: !0, critical: !0 },
    { name: "subjectKeyIdentifier" }
  ]), cert.sign(pair.privateKey, import_node_forge.default.md.sha256.create()), { key: pair.pem, pem: import_node_forge.default.pki.certificateToPem(cert) };
}
function signRequest(authority, csrPem, days) {
  let ca = readAuthority(authority);
  if (!ca.ok) return ca;
  let csr;
  try {
    csr = import_node_forge.default.pki.certificationRequestFromPem(csrPem);
  } catch {
    return refused("request", "not a PEM certificate signing request (BEGIN CERTIFICATE REQUEST)");
  }
  if (!csr.publicKey || !csr.verify()) return refused("request", "the request's signature does not verify");
  let cn = csr.subject.getField("CN"), host = typeof cn?.value == "string" ? hostOf(cn.value) : void 0, cert = newCertificate(
    csr.publicKey,
    csr.subject.attributes,
    ca.value.cert.subject.attributes,
    days
  );
  return cert.setExtensions([
    { name: "basicConstraints", cA: !1, critical: !0 },
    { name: "keyUsage", digitalSignature: !0, keyEncipherment: !0, critical: !0 },
    { name: "extKeyUsage", serverAuth: !0 },
    ...host ? [altNames(host)] : [],
    { name: "subjectKeyIdentifier" },
    authorityKeyId(ca.value.cert)
  ]), cert.sign(ca.value.key, import_node_forge.default.md.sha256.create()), { ok: !0, value: import_node_forge.default.pki.certificateToPem(cert) };
}
function makeDevice(authority, device, bits, days) {
  let ca = readAuthority(authority);
  if (!ca.ok) return ca;
  let pair = keyPair(bits), subject = device.generic ? [
    { name: "OU", value: "cisco.com" },
    { name: "L", value: "ciscogeneric" },
    { name: "ST", value: "ciscogeneric" }
  ] : [
    { name: "OU", value: productName(device.model) },
    { name: "L", value: device.serial ?? device.mac.toUpperCase() },
    { name: "ST", value: device.mac }
  ], cert = newCertificate(pair.publicKey, attributes(subject), ca.value.cert.subject.attributes, days);
  return cert.setExtensions([
    { name: "basicConstraints", cA: !1, critical: !0 },
    { name: "keyUsage", digitalSignature: !0, keyEncipherment: !0, critical: !0 },
    { name: "extKeyUsage", clientAuth: !0 },
    { name: "subjectKeyIdentifier" },
    authorityKeyId(ca.value.cert)
  ]), cert.sign(ca.value.key, import_node_forge.default.md.sha256.create()), { ok: !0, value: { key: pair.pem, pem: import_node_forge.default.pki.certificateToPem(cert) } };
}
function newCertificate(publicKey, subject, issuer, days) {
  let cert = import_node_forge.default.pki.createCertificate();
  cert.publicKey = publicKey;
  let serial = randomBytes(16);
  serial[0] = (serial[0] ?? 0) & 127, cert.serialNumber = serial.toString("hex");
  let now = Date.now();
  return cert.validity.notBefore = new Date(now - 3600 * 1e3), cert.validity.notAfter = new Date(now + days * DAY), cert.setSubject(subject), cert.setIssuer(issuer), cert;
}
function authorityKeyId(ca) {
  let ski = ca.getExtension("subjectKeyIdentifier");
  return ski?.subjectKeyIdentifier ? { name: "authorityKeyIdentifier", keyIdentifier: import_node_forge.default.util.hexToBytes(ski.subjectKeyIdentifier) } : { name: "authorityKeyIdentifier", keyIdentifier: !0 };
}
function readAuthority(authority) {
  let cert, key;
  try {
    cert = import_node_forge.default.pki.certificateFromPem(authority.cert);
  } catch {
    return refused("ca-cert", "not a PEM RSA certificate");
  }
  try {
    key = import_node_forge.default.pki.privateKeyFromPem(authority.key);
  } catch {
    return refused("ca-key", "not an unencrypted PEM RSA private key");
  }
  return cert.publicKey.n.compareTo(key.n) !== 0 ? refused("ca-key", "this key does not belong to the CA's certificate") : cert.getExtension("basicConstraints")?.cA !== !0 ? refused("ca-cert", "not a CA certificate (basicConstraints CA:FALSE or absent)") : { ok: !0, value: { cert, key } };
}

// src/cert/inspect.ts
var import_node_forge2 = __toESM(require_lib(), 1);
import { X509Certificate, createPublicKey } from "node:crypto";
var SOON_DAYS = 30, DAY2 = 1440 * 60 * 1e3;
function inspectPem(text, file, now) {
  if (text.includes("-----BEGIN CERTIFICATE REQUEST-----")) return inspectRequest(text, file);
  if (!text.includes("-----BEGIN CERTIFICATE-----")) {
    let problem = text.includes("PRIVATE KEY") ? "this is a private key; show the certificate or request instead" : "not a PEM certificate or certificate signing request";
    return { ok: !1, diagnostics: [diagnostic("SPAC8103", file, range(0), { file, problem })] };
  }
  let cert;
  try {
    cert = new X509Certificate(text);
  } catch {
    return { ok: !1, diagnostics: [diagnostic("SPAC8103", file, range(0), { file, problem: "the certificate cannot be decoded" })] };
  }
  let facts = certificateFacts(cert);
  return { ok: !0, facts, diagnostics: warnings(facts, file, now, cert) };
}
function certificateFacts(cert) {
  let subject = fields(cert.subject), device = deviceOf(subject);
  return {
    kind: "certificate",
    subject,
    issuer: fields(cert.issuer),
    serial: cert.serialNumber.toLowerCase(),
    notBefore: new Date(cert.validFrom).toISOString(),
    notAfter: new Date(cert.validTo).toISOString(),
    keyBits: cert.publicKey.asymmetricKeyDetails?.modulusLength,
    ca: cert.ca,
    altNames: (cert.subjectAltName ?? "").split(", ").filter((n) => n.startsWith("DNS:")).map((n) => n.slice(4)),
    sha256: cert.fingerprint256,
    ...device ? { device } : {}
  };
}
var fields = (text) => text.split(`
`).filter((l) => l.includes("=")).map((l) => ({ name: l.slice(0, l.indexOf("=")), value: l.slice(l.indexOf("=") + 1) })), field = (list, name) => list.find((f) => f.name === name)?.value;
function deviceOf(subject) {
  let [ou, l, st] = [field(subject, "OU"), field(subject, "L"), field(subject, "ST")];
  if (ou === "cisco.com" && l === "ciscogeneric" && st === "ciscogeneric") return "generic";
  if (!(ou === void 0 || l === void 0 || st === void 0 || !/^[0-9a-f]{12}$/.test(st)))
    return { mac: st, model: modelOfProduct(ou), serial: l };
}
function warnings(facts, file, now, cert) {
  let at = range(0), out = [], from = new Date(cert.validFrom), to = new Date(cert.validTo), date = (d) => d.toISOString().slice(0, 10);
  if (to < now) out.push(diagnostic("SPAC8104", file, at, { date: date(to) }, { message: "expired" }));
  else if (from > now)
    out.push(diagnostic("SPAC8104", file, at, { date: date(from) }, { message: "not-yet" }));
  else if (to.getTime() - now.getTime() < SOON_DAYS * DAY2) {
    let days = String(Math.ceil((to.getTime() - now.getTime()) / DAY2));
    out.push(diagnostic("SPAC8104", file, at, { date: date(to), days }, { message: "soon" }));
  }
  return out.push(...keyWarnings(facts.keyBits, file), ...cnWarnings(facts, file)), out;
}
function keyWarnings(bits, file) {
  return bits !== void 0 && bits < 2048 ? [diagnostic("SPAC8102", file, range(0), { bits: String(bits) })] : [];
}
function cnWarnings(facts, file) {
  let cn = field(facts.subject, "CN");
  if (facts.ca || facts.device !== void 0 || cn === void 0) return [];
  let problem = serverCnProblem(cn);
  return problem ? [
    diagnostic(
      "SPAC8101",
      file,
      range(0),
      { host: problem.host },
      { message: problem.id, severity: "warning" }
    )
  ] : [];
}
function inspectRequest(text, file) {
  let csr;
  try {
    csr = import_node_forge2.default.pki.certificationRequestFromPem(text);
  } catch {
    return { ok: !1, diagnostics: [diagnostic("SPAC8103", file, range(0), { file, problem: "the certificate signing request cannot be decoded" })] };
  }
  let subject = csr.subject.attributes.map((a) => ({
    name: String(a.shortName ?? a.name),
    value: String(a.value)
  })), keyPem = csr.publicKey ? import_node_forge2.default.pki.publicKeyToPem(csr.publicKey) : void 0, keyBits = keyPem ? createPublicKey(keyPem).asymmetricKeyDetails?.modulusLength : void 0, altNames2 = (csr.getAttribute({ name: "extensionRequest" })?.extensions ?? []).filter((e) => e.name === "subjectAltName").flatMap((e) => e.altNames ?? []).filter((n) => n.type === 2).map((n) => n.value), facts = { kind: "request", subject, keyBits, ca: !1, altNames: altNames2 };
  return csr.verify() ? { ok: !0, facts, diagnostics: [...keyWarnings(keyBits, file), ...cnWarnings(facts, file)] } : { ok: !1, diagnostics: [diagnostic("SPAC8103", file, range(0), { file, problem: "the request's signature does not verify" })] };
}

// src/cli/commands/cert.ts
async function writePair(files2, key, ext, pem) {
  let { io, prefix } = files2, keyPath = `${prefix}.key`;
  if (key !== void 0 && !files2.force && (await io.readFile(keyPath)).ok)
    return usageError(io, `'${keyPath}' exists: a private key is not replaced without --force`, "cert");
  let other = `${prefix}.${ext}`, wrote = await io.writeFileAtomic(other, pem);
  if (!wrote.ok) return cannotWrite(io, other, wrote.reason);
  if (key === void 0) return EXIT_OK;
  let keyed = await io.writeFileAtomic(keyPath, key, { mode: 384 });
  return keyed.ok ? EXIT_OK : (await io.removeFile(other), cannotWrite(io, keyPath, keyed.reason));
}
function cannotWrite(io, file, reason) {
  return report([diagnostic("SPAC9002", file, range(0), { file, reason })], /* @__PURE__ */ new Map(), io, io.stderr), EXIT_USAGE;
}
function subjectOf(text, io) {
  if (text === void 0) return [];
  let parsed = parseSubject(text);
  return parsed.ok ? parsed.value : (report([diagnostic("SPAC8105", "", range(0), { problem: parsed.problem })], /* @__PURE__ */ new Map(), io, io.stderr), EXIT_ERRORS);
}
function keyBitsWarning(bits, io) {
  if (bits !== 1024 && (bits < 2048 || bits > 8192 || bits % 8 !== 0))
    return usageError(io, `--bits ${String(bits)}: give 1024, or 2048 to 8192 in steps of 8`, "cert");
  bits < 2048 && report([diagnostic("SPAC8102", "", range(0), { bits: String(bits) })], /* @__PURE__ */ new Map(), io, io.stderr);
}
async function runRequest(args, io) {
  let problem = serverCnProblem(args.cn);
  if (problem) {
    let found = diagnostic("SPAC8101", "", range(0), { host: problem.host }, { message: problem.id });
    return report([found], /* @__PURE__ */ new Map(), io, io.stderr), EXIT_ERRORS;
  }
  let extra = subjectOf(args.subject, io);
  if (typeof extra == "number") return extra;
  let bad = keyBitsWarning(args.bits, io);
  if (bad !== void 0) return bad;
  let made = makeRequest(args.cn, args.bits, extra);
  return writePair(args, made.key, "csr", made.pem);
}
async function runCa(args, io) {
  let extra = subjectOf(args.subject, io);
  if (typeof extra == "number") return extra;
  let bad = keyBitsWarning(args.bits, io);
  if (bad !== void 0) return bad;
  let made = makeAuthority(args.cn, args.bits, args.days, extra);
  return writePair(args, made.key, "crt", made.pem);
}
async function readCa(prefix, io) {
  let [cert, key] = await Promise.all([io.readFile(`${prefix}.crt`), io.readFile(`${prefix}.key`)]), failed = [];
  for (let [file, read] of [
    [`${prefix}.crt`, cert],
    [`${prefix}.key`, key]
  ])
    read.ok || failed.push(diagnostic("SPAC9001", file, range(0), { file, reason: read.reason }));
  return failed.length > 0 || !cert.ok || !key.ok ? (report(failed, /* @__PURE__ */ new Map(), io, io.stderr), EXIT_USAGE) : { cert: new TextDecoder().decode(cert.bytes), key: new TextDecoder().decode(key.bytes) };
}
function refusedCa(io, files2, refusal) {
  let file = refusal.culprit === "request" ? files2.request ?? "" : `${files2.ca}.${refusal.culprit === "ca-key" ? "key" : "crt"}`;
  return report(
    [diagnostic("SPAC8103", file, range(0), { file, problem: refusal.problem })],
    /* @__PURE__ */ new Map(),
    io,
    io.stderr
  ), EXIT_ERRORS;
}
async function runSign(args, io) {
  let ca = await readCa(args.ca, io);
  if (typeof ca == "number") return ca;
  let csr = await io.readFile(args.request);
  if (!csr.ok)
    return report(
      [diagnostic("SPAC9001", args.request, range(0), { file: args.request, reason: csr.reason })],
      /* @__PURE__ */ new Map(),
      io,
      io.stderr
    ), EXIT_USAGE;
  let signed = signRequest(ca, new TextDecoder().decode(csr.bytes), args.days);
  return signed.ok ? writePair(args, void 0, "crt", signed.value) : refusedCa(io, args, signed);
}
async function runDevice(args, io) {
  let mac = parseMac(args.mac);
  if (mac === void 0) return usageError(io, invalidMac(args.mac), "cert");
  let bad = keyBitsWarning(args.bits, io);
  if (bad !== void 0) return bad;
  let ca = await readCa(args.ca, io);
  if (typeof ca == "number") return ca;
  let identity = {
    mac,
    model: args.model,
    generic: args.generic,
    ...args.serial ? { serial: args.serial } : {}
  }, made = makeDevice(ca, identity, args.bits, args.days);
  return made.ok ? writePair(args, made.value.key, "crt", made.value.pem) : refusedCa(io, args, made);
}
async function runShow(args, io) {
  let read = await io.readFile(args.file);
  if (!read.ok)
    return report(
      [diagnostic("SPAC9001", args.file, range(0), { file: args.file, reason: read.reason })],
      /* @__PURE__ */ new Map(),
      io,
      io.stderr
    ), EXIT_USAGE;
  let inspected = inspectPem(new TextDecoder().decode(read.bytes), args.file, /* @__PURE__ */ new Date());
  return inspected.ok && io.stdout.write(
    args.format === "json" ? `${JSON.stringify(inspected.facts, null, 2)}
` : showText(inspected.facts, args.file)
  ), report(inspected.diagnostics, /* @__PURE__ */ new Map(), io, io.stderr), !inspected.ok || hasErrors(inspected.diagnostics) ? EXIT_ERRORS : EXIT_OK;
}
var names = (list) => list.map((f) => `${f.name}=${f.value}`).join(", ");
function showText(f, file) {
  let device = f.device === "generic" ? "generic certificate (no identity)" : f.device && `${f.device.model}, MAC ${f.device.mac}, serial ${f.device.serial}`, body = [
    ["subject", names(f.subject)],
    ["issuer", f.issuer && names(f.issuer)],
    ["valid", f.notBefore && f.notAfter && `${f.notBefore} to ${f.notAfter}`],
    ["key", f.keyBits === void 0 ? void 0 : `RSA ${String(f.keyBits)} bits`],
    ["ca", f.kind === "certificate" ? f.ca ? "yes" : "no" : void 0],
    ["names", f.altNames.length > 0 ? f.altNames.join(", ") : void 0],
    ["device", device],
    ["serial", f.serial],
    ["sha256", f.sha256]
  ].filter((r) => r[1] !== void 0).map(([k, v]) => `  ${k.padEnd(8)} ${v}
`).join("");
  return `${f.kind === "request" ? "certificate signing request" : "certificate"} ${file}
${body}`;
}
var prefixOption = {
  alias: "o",
  type: "string",
  demandOption: !0,
  describe: "write PREFIX.key and PREFIX.csr or PREFIX.crt"
}, forceOption = { type: "boolean", default: !1, describe: "replace an existing PREFIX.key" }, bitsOption = {
  type: "number",
  default: 2048,
  describe: "RSA key size (1024 is accepted with a warning)"
}, subjectOption = {
  type: "string",
  describe: "more subject fields, such as 'O=Example Ltd,C=GB'"
}, caOption = {
  type: "string",
  demandOption: !0,
  describe: "the CA: reads PREFIX.crt and PREFIX.key"
}, daysOption = (days) => ({ type: "number", default: days, describe: "days the certificate is valid" }), requestOptions = {
  cn: { type: "string", demandOption: !0, describe: "the server's host name (FQDN, optionally /text)" },
  bits: bitsOption,
  subject: subjectOption,
  output: prefixOption,
  force: forceOption
}, caOptions = {
  ...requestOptions,
  cn: { type: "string", demandOption: !0, describe: "the CA's name" },
  days: daysOption(3650)
}, signOptions = { ca: caOption, days: daysOption(825), output: prefixOption }, deviceOptions = {
  ca: caOption,
  mac: { type: "string", demandOption: !0, describe: "the phone's MAC address" },
  model: { type: "string", demandOption: !0, describe: "the model, such as SPA504G" },
  serial: { type: "string", describe: "the serial number (default: the MAC in upper case)" },
  generic: {
    type: "boolean",
    default: !1,
    describe: "the generic certificate of units made before firmware 2.0"
  },
  bits: bitsOption,
  days: daysOption(3650),
  output: prefixOption,
  force: forceOption
}, showOptions = {
  format: { choices: ["text", "json"], default: "text", describe: "output format" }
}, files = (a) => ({
  prefix: a.output,
  force: a.force ?? !1
}), builder = (y, select) => y.command(
  "request",
  "a server's key and certificate signing request (PREFIX.key, PREFIX.csr)",
  (s) => s.options(requestOptions).example("$0 cert request --cn prov.example.com -o server", "server.key and server.csr"),
  (a) => {
    let args = {
      cn: a.cn,
      bits: a.bits,
      ...a.subject === void 0 ? {} : { subject: a.subject },
      ...files(a)
    };
    select((io) => runRequest({ ...args, io }, io));
  }
).command(
  "ca",
  "a lab CA standing in for the server CA and the phones' client root CA (PREFIX.key, PREFIX.crt)",
  (s) => s.options(caOptions).example('$0 cert ca --cn "Lab Provisioning CA" -o lab-ca', "lab-ca.key and lab-ca.crt"),
  (a) => {
    let args = {
      cn: a.cn,
      bits: a.bits,
      days: a.days,
      ...a.subject === void 0 ? {} : { subject: a.subject },
      ...files(a)
    };
    select((io) => runCa({ ...args, io }, io));
  }
).command(
  "sign <request>",
  "sign a server certificate signing request with a lab CA (PREFIX.crt)",
  (s) => s.positional("request", { type: "string", describe: "the .csr file" }).options(signOptions).example("$0 cert sign --ca lab-ca server.csr -o server", "server.crt"),
  (a) => {
    let args = { ca: a.ca, request: a.request ?? "", days: a.days, ...files(a) };
    select((io) => runSign({ ...args, io }, io));
  }
).command(
  "device",
  "a lab phone's client certificate with the phones' subject layout (PREFIX.key, PREFIX.crt)",
  (s) => s.options(deviceOptions).example(
    "$0 cert device --ca lab-ca --mac 00:0e:08:aa:bb:cc --model SPA504G -o dev",
    "dev.key and dev.crt"
  ),
  (a) => {
    let args = {
      ca: a.ca,
      mac: a.mac,
      model: a.model,
      generic: a.generic,
      bits: a.bits,
      days: a.days,
      ...a.serial === void 0 ? {} : { serial: a.serial },
      ...files(a)
    };
    select((io) => runDevice({ ...args, io }, io));
  }
).command(
  "show <file>",
  "what a certificate or signing request says, with warnings a phone or provider should heed",
  (s) => s.positional("file", { type: "string", describe: "a PEM .crt or .csr" }).options(showOptions),
  (a) => {
    select((io) => runShow({ file: a.file ?? "", format: a.format }, io));
  }
).demandCommand(1, "name a subcommand: request, ca, sign, device or show");
export {
  builder,
  runCa,
  runDevice,
  runRequest,
  runShow,
  runSign
};
