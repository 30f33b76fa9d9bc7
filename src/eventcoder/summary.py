"""A short text summary of an events table."""
from __future__ import annotations


def summarize(path: str, top: int = 10) -> str:
    import pandas as pd
    df = pd.read_parquet(path)
    lines = [f"{path}: {len(df)} events from {df['article_id'].nunique() if len(df) else 0} articles"]
    if not len(df):
        return lines[0]
    dates = df["event_date"].dropna()
    if len(dates):
        lines.append(f"dates: {min(dates)} to {max(dates)}")
    lines.append("by CAMEO root:")
    for (root, name), n in df.groupby(["cameo_root", "event_type"]).size().sort_index().items():
        lines.append(f"  {root} {name:45} {n}")
    lines.append("top dyads (source country -> target country):")
    dy = df.assign(s=df["source_country"].fillna(df["source_actor"]), t=df["target_country"].fillna(df["target_actor"]))
    for (s, t), n in dy.groupby(["s", "t"]).size().sort_values(ascending=False).head(top).items():
        lines.append(f"  {s} -> {t}  {n}")
    return "\n".join(lines)
