#!/usr/bin/python3
"""Dateline's map step on a Dask cluster (docs/SCALING.md, "Other engines").

Runs `dateline map --shard K/N` for K = 0..N-1 as N Dask tasks, each writing its shard file
whole into OUT_DIR, then (with --reduce-out) `dateline reduce` over the shards. Dask schedules,
retries and places the tasks; Dateline's shard contract makes the result byte-identical to a
local `dateline build` of the same inputs, for any N.

  /usr/bin/python3 scripts/cluster/dask_map.py data/articles --shards 8 --out-dir shards \
      [--scheduler tcp://host:8786 | --local-workers 2] [--reduce-out public/data]

Every Dask worker must see the inputs, the actors file and OUT_DIR at the same paths, and have
Dateline checked out (the command is DATELINE, default `npm run -s dateline --`, run in the
folder this script is in two levels below). Uses Debian's python3-distributed.
"""
import argparse
import os
import shlex
import subprocess
import sys

import dask.bag as db
from distributed import Client, LocalCluster

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def dateline_command():
    return shlex.split(os.environ.get("DATELINE", "npm run -s dateline --"))


def map_shard(k, n, inputs, out_dir, actors):
    """One shard, written aside then renamed, so a file in OUT_DIR is always whole."""
    out = os.path.join(out_dir, f"shard-{k}-of-{n}.jsonl")
    temp = f"{out}.tmp-{os.getpid()}"
    command = dateline_command() + ["map", *inputs, "--shard", f"{k}/{n}", "--out", temp, "--actors", actors, "--jobs", "1"]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"shard {k}/{n} failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
    os.replace(temp, out)
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--shards", type=int, required=True)
    parser.add_argument("--out-dir", required=True)
    parser.add_argument("--actors", default="data/actors.json")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler (default: a local cluster)")
    parser.add_argument("--local-workers", type=int, default=2)
    parser.add_argument("--reduce-out", help="run dateline reduce into this folder once every shard is written")
    args = parser.parse_args()
    out_dir = os.path.abspath(args.out_dir)
    os.makedirs(out_dir, exist_ok=True)
    inputs = [os.path.abspath(i) if not os.path.isabs(i) and os.path.exists(i) else i for i in args.inputs]
    actors = os.path.abspath(args.actors)
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        client = Client(LocalCluster(n_workers=args.local_workers, threads_per_worker=1, processes=True, dashboard_address=None))
    try:
        shards = (
            db.from_sequence(range(args.shards), npartitions=args.shards)
            .map(map_shard, n=args.shards, inputs=inputs, out_dir=out_dir, actors=actors)
            .compute()
        )
    finally:
        client.close()
    print("\n".join(shards))
    if args.reduce_out:
        command = dateline_command() + ["reduce", *shards, "--out", os.path.abspath(args.reduce_out), "--actors", actors]
        sys.exit(subprocess.run(command, cwd=ROOT).returncode)


if __name__ == "__main__":
    main()
