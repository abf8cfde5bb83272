"""The finance window: upcoming charges, their chart, past results and exports."""
