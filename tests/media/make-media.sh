#!/usr/bin/env bash
# Makes the demo's broadcast media (static/media/): a few seconds of tone, encoded by Debian's
# ffmpeg, so the demo and the tests have real files of every supported container without
# downloading anything. The results are committed; run this again only to change them.
# Usage: bash tests/media/make-media.sh [OUT_DIR]   (default: static/media)
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-static/media}"
mkdir -p "$out"
ff() { ffmpeg -hide_banner -loglevel error -y -bitexact "$@"; }
tone() { echo "sine=frequency=$1:sample_rate=16000:duration=$2"; }
# MP3 without a Xing/Info header (loa walks its frames), and one with it.
ff -f lavfi -i "$(tone 440 6)" -ac 1 -c:a libmp3lame -b:a 32k -write_xing 0 -map_metadata -1 "$out/bdhvs-tap-1.mp3"
ff -f lavfi -i "$(tone 523 5)" -ac 1 -c:a libmp3lame -b:a 32k -map_metadata -1 "$out/bdhvs-tap-1.tyz.mp3"
# AAC in MP4 (m4a) and Opus in Ogg.
ff -f lavfi -i "$(tone 392 5)" -ac 1 -c:a aac -b:a 24k -map_metadata -1 "$out/chuyen-doi-so-tap-1.m4a"
ff -f lavfi -i "$(tone 330 4)" -ac 1 -c:a libopus -b:a 16k -map_metadata -1 "$out/so-tay-an-toan-mang.ogg"
# Video: H.264 + AAC in MP4, VP9 + Opus in WebM, 4 seconds of the test card.
ff -f lavfi -i "testsrc=size=160x90:rate=10:duration=4" -f lavfi -i "$(tone 440 4)" \
  -c:v libx264 -pix_fmt yuv420p -crf 40 -c:a aac -b:a 24k -shortest -movflags +faststart \
  -map_metadata -1 "$out/vneid-huong-dan.mp4"
ff -f lavfi -i "testsrc=size=160x90:rate=10:duration=4" -f lavfi -i "$(tone 440 4)" \
  -c:v libvpx-vp9 -crf 50 -b:v 0 -c:a libopus -b:a 16k -shortest \
  -map_metadata -1 "$out/vneid-huong-dan.webm"
ls -l "$out"
